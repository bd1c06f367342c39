// Serves a build: `npm run serve`, `npm start` and the container all run this.
// Next.js's documented custom server (https://nextjs.org/docs/app/guides/custom-server)
// with lib/server's request policy in front, so a request Next.js would
// mishandle never reaches it and every response, redirects included, carries
// the security headers. PORT (default 3000) and HOSTNAME (default: every
// interface, as `next start`) choose where it listens; CDN_CACHE_SECONDS
// (default 20) how long a CDN keeps a page; PAGE_MEMORY_MS (default 1000, 0 for
// none) how long this server replays a page it has just served.
import { createServer } from "node:http";
import {
  cdnCacheSeconds,
  pageCacheControl,
} from "./lib/server/http-headers.mjs";
import { pageMemoryMs, withPageMemory } from "./lib/server/page-memory.mjs";
import { withRequestPolicy } from "./lib/server/request-handler.mjs";

function readSetting(read) {
  try {
    return read();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return process.exit(1);
  }
}
const cacheControl = readSetting(() =>
  pageCacheControl(cdnCacheSeconds(process.env.CDN_CACHE_SECONDS)),
);
const memoryMs = readSetting(() => pageMemoryMs(process.env.PAGE_MEMORY_MS));

process.env.NODE_ENV ??= "production";
// Imported after NODE_ENV is set: Next.js reads it as it loads.
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();

const server = createServer(
  withRequestPolicy(withPageMemory(app.getRequestHandler(), { ms: memoryMs }), {
    cacheControl,
  }),
);
// Longer than nginx's upstream keepalive_timeout (60 s) in deploy/nginx.conf,
// so the proxy never reuses a connection this server is closing. Node's 5 s
// default also lost requests sent on a kept-alive connection while a
// regeneration held the event loop past 5 s: the timer closed the socket
// before the request on it was read (ECONNRESET for the client).
server.keepAliveTimeout = 65_000;
// Node's advice: wait for a request's headers longer than a socket is kept alive.
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(`Busan Ledger on http://${hostname ?? "localhost"}:${port}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Open keep-alive connections would otherwise hold the exit.
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
