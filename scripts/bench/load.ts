// Throughput and tail latency of one URL: autocannon, 50 connections, 10 s.
import autocannon from "autocannon";

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly errors: number;
  readonly non2xx: number;
}

export const LOAD_SECONDS = 10;
export const LOAD_CONNECTIONS = 50;

export async function loadTest(url: string): Promise<LoadResult> {
  // A short warm-up so the first requests (JIT, cache fill) do not count.
  await autocannon({ url, connections: 10, duration: 1 });
  const result = await autocannon({
    url,
    connections: LOAD_CONNECTIONS,
    duration: LOAD_SECONDS,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}
