// `ROUNDS=4 tsx scripts/bench/alternate.mts <url A> <url B> [<url C>…]`: loads
// running servers in turn (A, B, …, A, B, …; 50 connections, 10 s each) and
// prints each round and each server's median against A's, so a before/after
// comparison on a shared, noisy machine sees the same noise on every side.
// The logic is in alternation.ts.
import { loadUrl } from "../support/load";
import { alternate, summaryLine } from "./alternation";

const urls = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 4);
if (urls.length < 2)
  throw new Error("usage: alternate.mts <url A> <url B> [<url C>…]");

const print = (line: string) => console.log(line);
for (const summary of await alternate(urls, rounds, loadUrl, print))
  print(summaryLine(summary));
