// `npm run loadtest`: builds the real site, serves it as `npm run serve` does on 127.0.0.1,
// warms it up, then 50 connections for 60 s over index, articles, feeds and
// 404s. Prints the figures BENCHMARKS.md records; exits 1 on any error,
// unexpected status, or memory growth beyond 1.5x. `--seconds N`, `--no-build`.
import { parseArgs } from "node:util";
import fs from "node:fs";
import path from "node:path";
import { runNextBuild } from "./bench/next-build";
import { runLoad } from "./support/load";
import { ROOT, startServer, stopServer } from "./support/site-server";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    "warm-up": { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    "no-build": { type: "boolean", default: false },
  },
});

const env = {
  ...process.env,
  NEXT_DIST_DIR: ".next-loadtest",
  CONTENT_DIR: path.join(ROOT, "content"),
};
if (!values["no-build"]) {
  console.log("Building the real site into .next-loadtest ...");
  const logDir = path.join(ROOT, "bench/tmp");
  fs.mkdirSync(logDir, { recursive: true });
  await runNextBuild(ROOT, env, path.join(logDir, "loadtest-build.log"));
}
const server = await startServer(ROOT, env);
try {
  const pid = server.child.pid;
  if (pid === undefined) throw new Error("the server has no pid");
  console.log(`Load on ${server.url} for ${values.seconds} s ...`);
  const result = await runLoad({
    baseUrl: server.url,
    pid,
    seconds: Number(values.seconds),
    warmUpSeconds: Number(values["warm-up"]),
    connections: Number(values.connections),
  });
  console.log(JSON.stringify(result, null, 2));
  const grew = result.rssAfterRunMb / result.rssAfterWarmUpMb;
  console.log(
    `\n| ${result.connections} | ${result.seconds} s | ${result.requests} | ${result.requestsPerSecond} | ${result.latencyP50Ms} ms | ${result.latencyP99Ms} ms | ${result.errors} | ${Object.keys(result.unexpected).length} | ${result.rssAfterWarmUpMb} MB | ${result.rssAfterRunMb} MB (${grew.toFixed(2)}x) |`,
  );
  const failed =
    result.errors > 0 ||
    result.timeouts > 0 ||
    Object.keys(result.unexpected).length > 0 ||
    grew > 1.5;
  process.exitCode = failed ? 1 : 0;
} finally {
  await stopServer(server.child);
}
