// The response headers every answer of a served build carries (security and
// caching); lib/server/request-handler.mjs sets them. Plain JavaScript, since
// server.mjs runs without a TypeScript step. Rationale: docs/security.md.

import { wholeNumberSetting } from "./settings.mjs";

// Statically generated pages cannot carry per-request nonces, and Next.js
// inlines per-page `self.__next_f.push(...)` scripts whose hashes are only known
// after these headers are fixed, so inline scripts are allowed; everything else
// is 'self' only.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
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

// Browsers always check back (max-age=0); a CDN keeps a page 20 s and may serve
// a stale copy for a day while it refetches. The server re-renders a changed
// page within about 12 s (app/layout.tsx), so a publish reaches a reader behind
// the CDN within a minute (docs/deploy.md). An unknown article's 404 is cached
// as briefly, so a story published at that address is not hidden for longer.
export const CDN_CACHE_SECONDS = 20;

/** The page Cache-Control with a CDN window of `cdnSeconds`. */
export function pageCacheControl(cdnSeconds = CDN_CACHE_SECONDS) {
  return `public, max-age=0, s-maxage=${cdnSeconds}, stale-while-revalidate=86400`;
}

export const PAGE_CACHE_CONTROL = pageCacheControl();

/**
 * The CDN window from CDN_CACHE_SECONDS: 20 when unset, or a shorter whole
 * number of seconds (the end-to-end tests that wait on the cache set one);
 * never longer, which would break the one-minute publish in docs/deploy.md.
 */
export function cdnCacheSeconds(setting) {
  return wholeNumberSetting(setting, {
    name: "CDN_CACHE_SECONDS",
    unit: "seconds",
    min: 1,
    max: CDN_CACHE_SECONDS,
    fallback: CDN_CACHE_SECONDS,
  });
}
