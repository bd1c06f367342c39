// `ROUNDS=4 tsx scripts/bench/alternate.mts <url A> <url B> [<url C>…]`: loads
// running servers in turn (A, B, …, A, B, …; 50 connections, 10 s each) and
// prints each round and each server's median against A's, so a before/after
// comparison on a shared, noisy machine sees the same noise on every side.
// With `PIDS=<pid A>,<pid B>,…` (the processes that listen), it also prints the
// server CPU time each request cost: other work on the machine slows every
// server's requests per second, but barely changes what one request costs.
import { measureUrl, warmUpUrl } from "../support/load";
import { cpuMs } from "./process-tree";
import { median } from "./stats";

const urls = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 4);
// An empty entry (`PIDS=11,,12`) skips a server whose CPU is not one process's, e.g. nginx.
const pids = process.env.PIDS?.split(",").map((pid) =>
  pid ? Number(pid) : undefined,
);
if (urls.length < 2)
  throw new Error("usage: alternate.mts <url A> <url B> [<url C>…]");
if (pids && pids.length !== urls.length)
  throw new Error("PIDS needs one entry per URL, in the same order");

const rates: number[][] = urls.map(() => []);
const cpuPerRequest: number[][] = urls.map(() => []);
for (let round = 1; round <= rounds; round += 1) {
  for (const [index, url] of urls.entries()) {
    const pid = pids?.[index];
    await warmUpUrl(url);
    const cpuBefore = pid === undefined ? 0 : cpuMs(pid);
    const result = await measureUrl(url);
    const cpu =
      pid === undefined
        ? undefined
        : (cpuMs(pid) - cpuBefore) / result.requests;
    rates[index]?.push(result.requestsPerSecond);
    if (cpu !== undefined) cpuPerRequest[index]?.push(cpu);
    console.log(
      `round ${round} ${url}: ${result.requestsPerSecond} req/s, p99 ${result.p99Ms} ms, ${result.errors} errors, ${result.non2xx} non-2xx${cpu === undefined ? "" : `, ${cpu.toFixed(3)} CPU ms/request`}`,
    );
  }
}
const baselineRate = median(rates[0] ?? []);
const baselineCpu = median(cpuPerRequest[0] ?? []);
for (const [index, url] of urls.entries()) {
  const rate = median(rates[index] ?? []);
  const cpu = median(cpuPerRequest[index] ?? []);
  const cpuSummary = Number.isNaN(cpu)
    ? ""
    : `; median ${cpu.toFixed(3)} CPU ms/request, ${(baselineCpu / cpu).toFixed(2)}x the first's requests per CPU second`;
  console.log(
    `${url}: median ${rate} req/s, ${(rate / baselineRate).toFixed(2)}x the first${cpuSummary}`,
  );
}
