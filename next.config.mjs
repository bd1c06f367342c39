// Response headers and the request policy live in server.mjs (lib/server),
// in front of Next.js, not in headers() here: see docs/security.md.

/** @type {import('next').NextConfig} */
const nextConfig = {
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
  },
  // `npm run typecheck` (tsc --noEmit, the same tsconfig) runs in .ci/run
  // before the build; Next's second type check cost 5–6 s of every build.
  typescript: { ignoreBuildErrors: true },
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
    ];
  },
};

export default nextConfig;
