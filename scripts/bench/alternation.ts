// The logic of scripts/bench/alternate.mts, apart from the load generator so
// tests can drive it: servers loaded in turn, round after round, so a
// before/after comparison on a noisy machine sees the same noise on every side.
import type { UrlLoadResult } from "../support/load";
import { median } from "./stats";

export interface AlternationSummary {
  readonly url: string;
  readonly medianRequestsPerSecond: number;
  /** The median against the first URL's. */
  readonly ratioToFirst: number;
}

/** Loads each URL once per round, in the order given, printing each run. */
export async function alternate(
  urls: readonly string[],
  rounds: number,
  load: (url: string) => Promise<UrlLoadResult>,
  print: (line: string) => void,
): Promise<AlternationSummary[]> {
  const rates: number[][] = urls.map(() => []);
  for (let round = 1; round <= rounds; round += 1) {
    for (const [index, url] of urls.entries()) {
      const result = await load(url);
      rates[index]?.push(result.requestsPerSecond);
      print(
        `round ${round} ${url}: ${result.requestsPerSecond} req/s, p99 ${result.p99Ms} ms, ${result.errors} errors, ${result.non2xx} non-2xx`,
      );
    }
  }
  const baseline = median(rates[0] ?? []);
  return urls.map((url, index) => {
    const rate = median(rates[index] ?? []);
    return {
      url,
      medianRequestsPerSecond: rate,
      ratioToFirst: rate / baseline,
    };
  });
}

export function summaryLine(summary: AlternationSummary): string {
  return `${summary.url}: median ${summary.medianRequestsPerSecond} req/s, ${summary.ratioToFirst.toFixed(2)}x the first`;
}
