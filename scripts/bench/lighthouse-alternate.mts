// `ROUNDS=3 tsx scripts/bench/lighthouse-alternate.mts <url A> <url B> [<url C>…]`:
// Lighthouse's mobile preset on running servers in turn, the order rotated each
// round (A, B, C; B, C, A; …), so a before/after comparison on a shared, noisy
// machine sees the same noise on every side. Per run it prints the load average
// at the start, Lighthouse's benchmarkIndex (its simulation multiplies observed
// CPU time, so a busy machine inflates TBT) and how many scripts finished before
// the paint Lighthouse saw: its simulated LCP replays every one of them
// (BENCHMARKS.md, "Lighthouse on a phone"), and the server latency it charges
// every simulated request (a stale page regenerating holds the server's event
// loop while the page's files are asked for). Then each URL's medians.
// PRIME=1 asks for each page twice, 1.5 s apart, just before its run, so
// Lighthouse loads a page the server holds fresh (as readers of a page read
// more than once per revalidate window get it, and every reader behind the
// deploy/ cache) rather than one it regenerates while the page's files load.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import {
  cpuSlowdown,
  runLighthouse,
  suggestedCpuSlowdown,
  type LighthouseResult,
} from "./lighthouse";
import { median } from "./stats";

const urls = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 3);
const prime = process.env.PRIME === "1";
if (urls.length < 2)
  throw new Error("usage: lighthouse-alternate.mts <url A> <url B> [<url C>…]");

const runDetails = z.object({
  environment: z.object({ benchmarkIndex: z.number() }),
  audits: z.object({
    metrics: z.object({
      details: z.object({
        items: z.array(
          z.object({ observedLargestContentfulPaint: z.number().optional() }),
        ),
      }),
    }),
    "network-server-latency": z
      .object({
        details: z.object({
          items: z.array(z.object({ serverResponseTime: z.number() })),
        }),
      })
      .optional(),
    "network-requests": z.object({
      details: z.object({
        items: z.array(
          z.object({ resourceType: z.string(), networkEndTime: z.number() }),
        ),
      }),
    }),
  }),
});

function scriptsBeforePaint(report: z.infer<typeof runDetails>): number {
  const paint =
    report.audits.metrics.details.items[0]?.observedLargestContentfulPaint;
  if (paint === undefined) return Number.NaN;
  return report.audits["network-requests"].details.items.filter(
    (request) =>
      request.resourceType === "Script" && request.networkEndTime <= paint,
  ).length;
}

/** Leaves the page fresh in the server's cache: a stale one regenerates on the first request. */
async function primePage(url: string): Promise<void> {
  await readPage(url);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await readPage(url);
}

// A minute of Lighthouse runs leaves fetch's kept-alive socket idle for about
// the server's keep-alive timeout (65 s), so the server may close it just as
// the next prime is sent on it: that request is sent once more, on a new socket.
async function readPage(url: string): Promise<void> {
  try {
    await (await fetch(url)).arrayBuffer();
  } catch {
    await (await fetch(url)).arrayBuffer();
  }
}

/** The origin's server latency Lighthouse's simulation adds to every request. */
function serverLatencyMs(report: z.infer<typeof runDetails>): number {
  const [origin] = report.audits["network-server-latency"]?.details.items ?? [];
  return Math.round(origin?.serverResponseTime ?? Number.NaN);
}

const outputFile = path.join(os.tmpdir(), `lighthouse-${process.pid}.json`);
const results = new Map<string, LighthouseResult[]>(urls.map((u) => [u, []]));

for (let round = 0; round < rounds; round += 1) {
  for (let turn = 0; turn < urls.length; turn += 1) {
    const url = urls[(turn + round) % urls.length] ?? "";
    if (prime) await primePage(url);
    const load = os.loadavg()[0] ?? Number.NaN;
    const result = runLighthouse(url, outputFile);
    if (result.error !== null) {
      console.log(`${url}: failed (${result.error})`);
      continue;
    }
    const details = runDetails.parse(
      JSON.parse(fs.readFileSync(outputFile, "utf8")),
    );
    results.get(url)?.push(result);
    console.log(
      `${url}: load ${load.toFixed(1)}, benchmarkIndex ${Math.round(details.environment.benchmarkIndex)} ` +
        `(suggested slowdown ${suggestedCpuSlowdown(details.environment.benchmarkIndex)}x, ran ${cpuSlowdown()}x), ` +
        `score ${result.performance}, LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms, CLS ${result.cls}, ` +
        `scripts before the paint ${scriptsBeforePaint(details)}, server latency ${serverLatencyMs(details)} ms`,
    );
  }
}

for (const [url, runs] of results) {
  const pick = (value: (run: LighthouseResult) => number | null) =>
    median(runs.flatMap((run) => value(run) ?? []));
  console.log(
    `${url}: ${runs.length} runs, medians: score ${pick((run) => run.performance)}, ` +
      `LCP ${pick((run) => run.lcpMs)} ms, TBT ${pick((run) => run.tbtMs)} ms, CLS ${pick((run) => run.cls)}`,
  );
}
fs.rmSync(outputFile, { force: true });
