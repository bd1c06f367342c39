// `ROUNDS=4 tsx scripts/bench/alternate.mts <url A> <url B> [<url C>…]`: loads
// running servers in turn (A, B, …, A, B, …; 50 connections, 10 s each) and
// prints each round and each server's median against A's, so a before/after
// comparison on a shared, noisy machine sees the same noise on every side.
import { loadUrl } from "../support/load";
import { median } from "./stats";

const urls = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 4);
if (urls.length < 2)
  throw new Error("usage: alternate.mts <url A> <url B> [<url C>…]");

const rates: number[][] = urls.map(() => []);
for (let round = 1; round <= rounds; round += 1) {
  for (const [index, url] of urls.entries()) {
    const result = await loadUrl(url);
    rates[index]?.push(result.requestsPerSecond);
    console.log(
      `round ${round} ${url}: ${result.requestsPerSecond} req/s, p99 ${result.p99Ms} ms, ${result.errors} errors, ${result.non2xx} non-2xx`,
    );
  }
}
const baseline = median(rates[0] ?? []);
for (const [index, url] of urls.entries()) {
  const rate = median(rates[index] ?? []);
  console.log(
    `${url}: median ${rate} req/s, ${(rate / baseline).toFixed(2)}x the first`,
  );
}
