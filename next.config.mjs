// Response headers and the request policy live in server.mjs (lib/server),
// in front of Next.js, not in headers() here: see docs/security.md.

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build fixture sites side by side with the real one, each in its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Inlined into the build, so a running server agrees with the pages it was
  // built with: the instant that decides which articles are published
  // (lib/content/publishing.ts) and the public origin (lib/site.ts).
  env: {
    BUSAN_LEDGER_BUILT_AT: String(Date.now()),
    BUSAN_LEDGER_SITE_URL: process.env.SITE_URL ?? "",
  },
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
