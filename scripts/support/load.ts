// The one load harness (autocannon, 127.0.0.1 only). `runLoad` drives a served
// site over a realistic mix (index, articles, feeds, 404s) and reads the
// server's resident memory before and after: the load test in `npm test` and
// `npm run loadtest`. `loadUrl` measures one URL's throughput: the bench.
import fs from "node:fs";
import autocannon from "autocannon";
import { z } from "zod";

export interface LoadTarget {
  readonly path: string;
  readonly status: number;
}

export interface LoadResult {
  readonly seconds: number;
  readonly connections: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly unexpected: Readonly<Record<string, number>>;
  readonly rssAfterWarmUpMb: number;
  readonly rssAfterRunMb: number;
}

export function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(status)?.[1]);
  if (!Number.isFinite(kb)) throw new Error(`no VmRSS for process ${pid}`);
  return Math.round((kb / 1024) * 10) / 10;
}

/** Index, every article and feed the index links to, and two kinds of 404. */
export async function loadTargets(baseUrl: string): Promise<LoadTarget[]> {
  const html = await (await fetch(baseUrl)).text();
  const pages = new Set<string>(["/"]);
  for (const [, path = ""] of html.matchAll(/href="(\/articles\/[^"#?]+)"/g))
    pages.add(path);
  for (const [tag] of html.matchAll(/<link[^>]+rel="alternate"[^>]*>/g)) {
    const href = /href="(\/[^"]+)"/.exec(tag)?.[1];
    if (href) pages.add(href);
  }
  return [
    ...[...pages].map((path) => ({ path, status: 200 })),
    { path: "/articles/no-such-story", status: 404 },
    { path: "/no-such-page", status: 404 },
  ];
}

function run(
  baseUrl: string,
  targets: readonly LoadTarget[],
  seconds: number,
  connections: number,
  unexpected: Record<string, number>,
): Promise<autocannon.Result> {
  return autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    requests: targets.map(({ path, status }) => ({
      method: "GET",
      path,
      onResponse: (actual: number) => {
        if (actual !== status) {
          const key = `${actual} for ${path}`;
          unexpected[key] = (unexpected[key] ?? 0) + 1;
        }
      },
    })),
  });
}

const WARM_UP_ROUND_SECONDS = 3;
/** The heap has settled when a round of load grows resident memory by less than this. */
const SETTLED_GROWTH = 0.05;

// V8 grows the heap to a steady size under 50 connections over the first
// 10-20 s; memory measured before that is start-up, not a leak. Warm up in
// short rounds until a round adds under 5%, for at least `minSeconds`.
async function warmUp(
  round: () => Promise<unknown>,
  residentMemory: () => number,
  minSeconds: number,
): Promise<number> {
  const maxRounds = Math.ceil(30 / WARM_UP_ROUND_SECONDS);
  let before = residentMemory();
  for (let done = 1; ; done += 1) {
    await round();
    const after = residentMemory();
    const settled = after < before * (1 + SETTLED_GROWTH);
    const longEnough = done * WARM_UP_ROUND_SECONDS >= minSeconds;
    if ((settled && longEnough) || done >= maxRounds) return after;
    before = after;
  }
}

function onlyLocal(url: string): void {
  if (!/^http:\/\/127\.0\.0\.1:\d+(\/|$)/.test(url))
    throw new Error(`load tests only target 127.0.0.1, not ${url}`);
}

export async function runLoad(options: {
  readonly baseUrl: string;
  readonly pid: number;
  readonly seconds: number;
  readonly warmUpSeconds: number;
  readonly connections: number;
}): Promise<LoadResult> {
  const { baseUrl, seconds, warmUpSeconds, connections } = options;
  onlyLocal(baseUrl);
  const { pid } = options;
  const targets = await loadTargets(baseUrl);
  const unexpected: Record<string, number> = {};
  const rssAfterWarmUpMb = await warmUp(
    () => run(baseUrl, targets, WARM_UP_ROUND_SECONDS, connections, {}),
    () => residentMb(pid),
    warmUpSeconds,
  );
  const result = await run(baseUrl, targets, seconds, connections, unexpected);
  return {
    seconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    unexpected,
    rssAfterWarmUpMb,
    rssAfterRunMb: residentMb(pid),
  };
}

export const URL_LOAD_RESULT = z
  .object({
    requests: z.number(),
    requestsPerSecond: z.number(),
    p99Ms: z.number(),
    errors: z.number(),
    non2xx: z.number(),
  })
  .readonly();
export type UrlLoadResult = z.infer<typeof URL_LOAD_RESULT>;

export const URL_LOAD_SECONDS = 10;
export const URL_LOAD_CONNECTIONS = 50;

/** 1 s at 10 connections that no figure counts: JIT, cache fill. */
export async function warmUpUrl(url: string): Promise<void> {
  onlyLocal(url);
  await autocannon({ url, connections: 10, duration: 1 });
}

/** One URL at 50 connections for 10 s, measured as it is: warm it up first. */
export async function measureUrl(url: string): Promise<UrlLoadResult> {
  onlyLocal(url);
  const result = await autocannon({
    url,
    connections: URL_LOAD_CONNECTIONS,
    duration: URL_LOAD_SECONDS,
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** One URL at 50 connections for 10 s, after a warm-up that does not count. */
export async function loadUrl(url: string): Promise<UrlLoadResult> {
  await warmUpUrl(url);
  return measureUrl(url);
}
