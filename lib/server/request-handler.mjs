// Wraps Next.js's request handler with the site's HTTP policy: every response
// gets the security headers and the page Cache-Control before Next.js answers
// (Next keeps a Cache-Control already set, except on 404s, which it marks
// no-store), and requests lib/server/request-policy.mjs refuses never reach Next.
import { PAGE_CACHE_CONTROL, SECURITY_HEADERS } from "./http-headers.mjs";
import { checkRequest, rawPathname } from "./request-policy.mjs";

// Hashed build assets keep Next.js's own immutable Cache-Control.
const HASHED_ASSETS = "/_next/static/";

function setPolicyHeaders(response, pathname, cacheControl) {
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  if (!pathname.startsWith(HASHED_ASSETS))
    response.setHeader("Cache-Control", cacheControl);
}

function refuse(request, response, verdict) {
  response.statusCode = verdict.status;
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  for (const [key, value] of Object.entries(verdict.headers))
    response.setHeader(key, value);
  response.end(request.method === "HEAD" ? undefined : verdict.body);
}

/**
 * `handle` is Next.js's `app.getRequestHandler()`, or any (request, response)
 * handler; `cacheControl` is the pages' Cache-Control (server.mjs's from
 * CDN_CACHE_SECONDS).
 */
export function withRequestPolicy(
  handle,
  { cacheControl = PAGE_CACHE_CONTROL } = {},
) {
  return (request, response) => {
    const pathname = rawPathname(request.url ?? "/");
    setPolicyHeaders(response, pathname, cacheControl);
    const verdict = checkRequest(request.method ?? "GET", pathname);
    if (!verdict.ok) return refuse(request, response, verdict);
    return handle(request, response);
  };
}
