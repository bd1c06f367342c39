// Puts lib/server/request-guard in front of Next.js's own request handler, at the
// Node HTTP server, for every server in this process (next start, the
// standalone server.js, next dev). It runs before Next sees a request, so it
// catches what Next 16.4.6 answers with a bare 500 — undecodable paths on
// dynamic routes, and TRACE, which Next's proxy adapter cannot even construct —
// and it costs a string check per request, where a proxy.ts matched on every
// page cut article throughput by about 40% (BENCHMARKS.md).
import http from "node:http";
import {
  PAGE_CACHE_CONTROL,
  SECURITY_HEADERS,
} from "@/lib/server/http-headers.mjs";
import { checkRequest } from "@/lib/server/request-guard";

const INSTALLED = Symbol.for("busan-ledger.request-guard");

function isInstalled(emit: object): boolean {
  return INSTALLED in emit;
}

/** The path as sent, before any decoding; absolute-form targets included. */
function rawPathname(target: string): string {
  const withoutOrigin = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "");
  return withoutOrigin.split("?")[0] || "/";
}

function refuse(
  request: http.IncomingMessage,
  response: http.ServerResponse,
): boolean {
  const verdict = checkRequest(
    request.method ?? "GET",
    rawPathname(request.url ?? "/"),
  );
  if (verdict.ok) return false;
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  response.setHeader("Cache-Control", PAGE_CACHE_CONTROL);
  response.setHeader("Content-Type", "text/plain; charset=utf-8");
  for (const [key, value] of Object.entries(verdict.headers))
    response.setHeader(key, value);
  response.statusCode = verdict.status;
  response.end(request.method === "HEAD" ? undefined : verdict.body);
  return true;
}

export function installRequestGuard(): void {
  const original = http.Server.prototype.emit;
  if (isInstalled(original)) return;
  const guarded = function (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    const [request, response] = args;
    if (
      event === "request" &&
      request instanceof http.IncomingMessage &&
      response instanceof http.ServerResponse &&
      refuse(request, response)
    )
      return true;
    return Boolean(Reflect.apply(original, this, [event, ...args]));
  };
  Object.defineProperty(guarded, INSTALLED, { value: true });
  // defineProperty, because emit's overloads admit no single replacement type.
  Object.defineProperty(http.Server.prototype, "emit", {
    value: guarded,
    writable: true,
    configurable: true,
  });
}
