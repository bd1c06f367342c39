// Response headers and the request policy live in server.mjs (lib/server),
// in front of Next.js, not in headers() here: see docs/security.md.
import { readFileSync } from "node:fs";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";

// Packages Next.js compiles itself: the framework, and date-fns, whose imports
// Next rewrites (optimizePackageImports) and so cannot also load at run time.
const BUNDLED_PACKAGES = new Set([
  "next",
  "react",
  "react-dom",
  "date-fns",
  "@date-fns/tz",
]);

// Every other runtime dependency (the Markdown, YAML, schema and XML stacks) is
// loaded by Node from node_modules on the server instead of bundled: Turbopack
// stops compiling hundreds of their modules for each build, which took the
// 2-article build's compile from ~46 to ~27 s at the same load (BENCHMARKS.md).
const { dependencies } = JSON.parse(
  readFileSync(new URL("./package.json", import.meta.url), "utf8"),
);
const serverExternalPackages = Object.keys(dependencies).filter(
  (name) => !BUNDLED_PACKAGES.has(name),
);

// A production build writes no source maps (Turbopack's server chunks had
// 7.3 MB of them beside 2.4 MB of code; browser maps are off already): 0.92x
// the cold 2-article build (BENCHMARKS.md, issue 14). The cost is stack traces
// that point into chunks (a build's prerender errors, and the server's under
// --enable-source-maps); BUILD_SOURCE_MAPS=1 keeps the maps for a build being
// debugged. `next dev` keeps its maps.
const writesSourceMaps = (phase) =>
  phase !== PHASE_PRODUCTION_BUILD || process.env.BUILD_SOURCE_MAPS === "1";

/** @type {(phase: string) => import('next').NextConfig} */
const nextConfig = (phase) => ({
  // Tests build fixture sites side by side with the real one, each in its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Inlined into the build, so a running server agrees with the pages it was
  // built with: the public origin (lib/site.ts).
  env: {
    BUSAN_LEDGER_SITE_URL: process.env.SITE_URL ?? "",
  },
  experimental: {
    // Pages rendered on request (ISR) stay in Next's memory cache (50 MB by
    // default, least recently used out first) and are never written under
    // distDir. Next 16 stores a notFound() answer for every unknown slug as a
    // cache entry (vercel/next.js#96581), so on disk any crawler could fill it.
    isrFlushToDisk: false,
    turbopackSourceMaps: writesSourceMaps(phase),
    // Turbopack's cache in <distDir>/cache pays only when the next build reuses
    // that folder. Ours mostly do not: CI, the tests' sites and a first
    // `npm start` build into an empty folder, and the Dockerfile deletes it.
    // Without it a cold build took 0.86x the wall and 0.80x the CPU (BENCHMARKS.md,
    // issue 14); BUILD_CACHE=1 writes and reads it where builds repeat.
    turbopackFileSystemCacheForBuild: process.env.BUILD_CACHE === "1",
  },
  // Without maps of our own chunks, the prerendering worker's
  // --enable-source-maps only made Node read the packages' maps as it loaded them.
  enablePrerenderSourceMaps: writesSourceMaps(phase),
  // `npm run typecheck` (tsc --noEmit, the same tsconfig) runs in .ci/run
  // before the build; Next's second type check cost 5–6 s of every build.
  typescript: { ignoreBuildErrors: true },
  serverExternalPackages,
  poweredByHeader: false,
  generateEtags: false,
  reactStrictMode: true,
  // A listing's first page lives at its own address; /page/1 is never a second copy.
  async redirects() {
    return [
      { source: "/page/1", destination: "/", permanent: true },
      {
        source: "/tags/:tag/page/1",
        destination: "/tags/:tag",
        permanent: true,
      },
      {
        source: "/authors/:author/page/1",
        destination: "/authors/:author",
        permanent: true,
      },
      // The site card was drawn at this address until it became a file in public/.
      {
        source: "/opengraph-image",
        destination: "/site-card.png",
        permanent: true,
      },
    ];
  },
});

export default nextConfig;
