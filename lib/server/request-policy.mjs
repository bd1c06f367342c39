// Decides which requests never reach a page: methods other than GET and HEAD
// (405 with Allow), and paths with a segment that is not valid percent-encoding
// (400; Next.js 16.4.6 answers those with a bare 500 on dynamic routes). Pure;
// lib/server/request-handler.mjs applies it in front of Next.js.

export const ALLOWED_METHODS = ["GET", "HEAD"];

function decodes(segment) {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** `rawPathname` must be the path as sent, before any decoding. */
export function checkRequest(method, rawPathname) {
  if (!ALLOWED_METHODS.includes(method)) {
    return {
      ok: false,
      status: 405,
      body: "Method not allowed\n",
      headers: { Allow: ALLOWED_METHODS.join(", ") },
    };
  }
  if (!rawPathname.split("/").every(decodes)) {
    return {
      ok: false,
      status: 400,
      body: "Bad request: the address is not valid percent-encoding\n",
      headers: {},
    };
  }
  return { ok: true };
}

/** The path as sent, before any decoding; absolute-form targets included. */
export function rawPathname(target) {
  const withoutOrigin = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return withoutOrigin.split("?")[0] || "/";
}
