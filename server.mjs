// Serves a build: `npm run serve`, `npm start` and the container all run this.
// Next.js's documented custom server (https://nextjs.org/docs/app/guides/custom-server)
// with lib/server's request policy in front, so a request Next.js would
// mishandle never reaches it and every response, redirects included, carries
// the security headers. PORT (default 3000) and HOSTNAME (default: every
// interface, as `next start`) choose where it listens.
import { createServer } from "node:http";
import { withRequestPolicy } from "./lib/server/request-handler.mjs";

process.env.NODE_ENV ??= "production";
// Imported after NODE_ENV is set: Next.js reads it as it loads.
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();

const server = createServer(withRequestPolicy(app.getRequestHandler()));
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
