// Serves a build: `npm run serve`, `npm start` and the container all run this.
// Next.js's documented custom server (https://nextjs.org/docs/app/guides/custom-server)
// with lib/server's request policy in front, so a request Next.js would
// mishandle never reaches it and every response, redirects included, carries
// the security headers. PORT (default 3000) and HOSTNAME (default: every
// interface, as `next start`) choose where it listens; WEB_CONCURRENCY (default:
// one per CPU) how many processes share that port (node:cluster), since one
// Next.js process keeps one core busy and leaves the rest idle.
import cluster from "node:cluster";
import { createServer } from "node:http";
import os from "node:os";
import { withRequestPolicy } from "./lib/server/request-handler.mjs";

process.env.NODE_ENV ??= "production";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;
const processes = Number(
  process.env.WEB_CONCURRENCY ?? os.availableParallelism(),
);

async function serve() {
  // Imported after NODE_ENV is set: Next.js reads it as it loads.
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const server = createServer(withRequestPolicy(app.getRequestHandler()));
  server.listen(port, hostname);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      // Open keep-alive connections would otherwise hold the exit.
      setTimeout(() => process.exit(0), 3000).unref();
    });
  }
  return server;
}

function superviseWorkers() {
  let stopping = false;
  for (let i = 0; i < processes; i += 1) cluster.fork();
  cluster.once("listening", () => announce(`${processes} processes`));
  // A worker that dies takes the site down with it: the supervisor (systemd,
  // the container runtime) restarts the whole server, rather than this file.
  cluster.on("exit", (worker, code) => {
    if (stopping) return;
    console.error(`server process ${worker.process.pid} exited (${code})`);
    process.exit(1);
  });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {}))
        worker?.process.kill(signal);
      cluster.on("exit", () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    });
  }
}

function announce(detail) {
  console.log(
    `Busan Ledger on http://${hostname ?? "localhost"}:${port} (${detail})`,
  );
}

if (processes > 1 && cluster.isPrimary) superviseWorkers();
else {
  const server = await serve();
  if (cluster.isPrimary) server.once("listening", () => announce("1 process"));
}
