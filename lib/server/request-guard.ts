// Decides which requests never reach a page: methods other than GET and HEAD
// (answered 405 with Allow), and paths with a segment that is not valid
// percent-encoding (answered 400; Next.js 16.4.6 answers those with a bare 500
// on dynamic routes). Pure; lib/server/request-guard-server.ts applies it.

export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

export type RequestVerdict =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly status: 400 | 405;
      readonly body: string;
      readonly headers: Readonly<Record<string, string>>;
    };

function decodes(segment: string): boolean {
  try {
    decodeURIComponent(segment);
    return true;
  } catch {
    return false;
  }
}

/** `rawPathname` must be the path as sent, before any decoding. */
export function checkRequest(
  method: string,
  rawPathname: string,
): RequestVerdict {
  if (!ALLOWED_METHODS.some((allowed) => allowed === method)) {
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
