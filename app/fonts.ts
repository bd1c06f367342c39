// The site's two faces, self-hosted from @fontsource-variable (SIL OFL) through
// next/font/local: Latin subset only, one variable file per face cut down to the
// weights the CSS uses (400-700) by scripts/subset-fonts.sh, preloaded, and
// `display: "optional"`: a face that is not in within about 100 ms of the first
// paint is not swapped in later, so a slow first visit reads in the
// metric-adjusted fallback (globals.css) and nothing re-wraps under the reader; the file is
// cached for the next page. With `swap` the bold serif headline re-wrapped on a
// throttled phone (BENCHMARKS.md, issue 11). Italics are not loaded: the browser
// slants the roman for the rare <em>, which saves ~50 KB a page. About 54 KB of
// fonts in all (80 KB before the cut, which shortened a phone's LCP: BENCHMARKS.md).
import localFont from "next/font/local";

// next/font reads these options at build time, so they must be written out as literals.
export const textFace = localFont({
  src: "./fonts/source-serif-4-latin-400-700.woff2",
  weight: "400 700",
  style: "normal",
  display: "optional",
  variable: "--font-text",
  // next/font's own adjusted fallback names only local("Times New Roman"),
  // which Linux, Android and ChromeOS lack; "Text Fallback" in globals.css
  // carries the same metric overrides over its metric-compatible clones.
  adjustFontFallback: false,
  fallback: ["Text Fallback", "Georgia", "Times New Roman", "serif"],
});

export const interfaceFace = localFont({
  src: "./fonts/source-sans-3-latin-400-700.woff2",
  weight: "400 700",
  style: "normal",
  display: "optional",
  variable: "--font-interface",
  adjustFontFallback: false,
  fallback: ["Interface Fallback", "system-ui", "Arial", "sans-serif"],
});
