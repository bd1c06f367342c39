// Response headers for every path are applied here (security and caching);
// instrumentation.ts only answers the requests Next.js itself would mishandle.
// See README "Security and caching" for why the policy is what it is.

import {
  PAGE_CACHE_CONTROL,
  SECURITY_HEADERS,
} from "./lib/server/http-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build fixture sites side by side with the real one, each in its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The Docker build sets NEXT_OUTPUT=standalone to get a self-contained
  // server.js; elsewhere it stays off, because `next start` (npm start, the
  // tests) warns that it "does not work" with standalone output.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
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
  },
  // `npm run typecheck` (tsc --noEmit, the same tsconfig) runs in .ci/run
  // before the build; Next's second type check cost 5–6 s of every build.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      {
        // Hashed build assets keep Next.js's own immutable Cache-Control.
        source: "/((?!_next/static/).*)",
        headers: [{ key: "Cache-Control", value: PAGE_CACHE_CONTROL }],
      },
    ];
  },
  // A listing's first page lives at its own address; /page/1 is never a second copy.
  async redirects() {
    return [
      { source: "/page/1", destination: "/", permanent: true },
      {
        source: "/tags/:tag/page/1",
        destination: "/tags/:tag",
        permanent: true,
      },
    ];
  },
};

export default nextConfig;
