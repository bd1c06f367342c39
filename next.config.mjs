// Response headers for every path live here (security and caching); proxy.ts
// only answers the requests Next.js itself would mishandle. See README
// "Security and caching" for why the policy is what it is.

const isDev = process.env.NODE_ENV === "development";

// Statically generated pages cannot carry per-request nonces, and Next.js
// inlines per-page `self.__next_f.push(...)` scripts whose hashes are only known
// after these headers are fixed, so inline scripts are allowed; everything else
// is 'self' only. Dev needs eval for React's error overlay.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  `style-src 'self'${isDev ? " 'unsafe-inline'" : ""}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'self'",
].join("; ");

const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "encrypted-media=()",
  "fullscreen=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "interest-cohort=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "picture-in-picture=()",
  "publickey-credentials-get=()",
  "screen-wake-lock=()",
  "serial=()",
  "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  {
    key: "Strict-Transport-Security",
    value: "max-age=63072000; includeSubDomains",
  },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// Pages are rebuilt, never revalidated: browsers always check back (max-age=0),
// a CDN keeps them 5 minutes and may serve a stale copy for a day while it refetches.
export const PAGE_CACHE_CONTROL =
  "public, max-age=0, s-maxage=300, stale-while-revalidate=86400";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build fixture sites side by side with the real one, each in its own folder.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // The Docker build sets NEXT_OUTPUT=standalone to get a self-contained
  // server.js; elsewhere it stays off, because `next start` (npm start, the
  // tests) warns that it "does not work" with standalone output.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  // Inlined into the build: the instant that decides which articles are published
  // (lib/publishing.ts), so a running server agrees with the pages it was built with.
  env: { BUSAN_LEDGER_BUILT_AT: String(Date.now()) },
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
