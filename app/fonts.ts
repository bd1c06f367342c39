// The site's two faces, self-hosted from @fontsource-variable (SIL OFL) through
// next/font/local: Latin subset only, one variable file per face (every weight),
// preloaded, and `display: "optional"`: a face that is not in within about
// 100 ms of the first paint is not swapped in later, so a slow first visit reads
// in the (metric-adjusted) fallback and nothing re-wraps under the reader; the
// file is cached for the next page. With `swap` the bold serif headline re-wrapped
// on a throttled phone (BENCHMARKS.md, issue 11). Italics are not loaded: the
// browser slants the roman for the rare <em>, which saves ~50 KB a page. About
// 80 KB of fonts in all.
import localFont from "next/font/local";

// next/font reads these options at build time, so they must be written out as literals.
export const textFace = localFont({
  src: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2",
  weight: "200 900",
  style: "normal",
  display: "optional",
  variable: "--font-text",
  adjustFontFallback: "Times New Roman",
  fallback: ["Georgia", "Times New Roman", "serif"],
});

export const interfaceFace = localFont({
  src: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
  weight: "200 900",
  style: "normal",
  display: "optional",
  variable: "--font-interface",
  adjustFontFallback: "Arial",
  fallback: ["system-ui", "Arial", "sans-serif"],
});
