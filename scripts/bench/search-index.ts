// The first search in a fresh process, as a server that serves /search sees
// it: read the library from a warm cache, build the search index, answer one
// query; with the heap the index holds (run with `node --expose-gc`).
// Usage: CONTENT_DIR=<dir> CONTENT_CACHE_DIR=<cache> node --expose-gc --import tsx
// scripts/bench/search-index.ts [query] → prints JSON.
import { loadPublishedContent } from "@/lib/content/published-content";
import { parseQuery } from "@/lib/reading/search";
import { SiteIndex } from "@/lib/reading/site-index";

const query = process.argv[2] ?? "busan exchange";
const { gc } = globalThis as { gc?: () => void };

const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const round = (value: number) => Number(value.toFixed(1));

const started = performance.now();
const site = new SiteIndex(loadPublishedContent());
const readMs = performance.now() - started;
const heapBefore = heapMb();
const searchStarted = performance.now();
const outcome = site.search(parseQuery(query));
const firstSearchMs = performance.now() - searchStarted;
// Later searches reuse the index: the median of a few, since one is a few ms.
const later = Array.from({ length: 9 }, () => {
  const againStarted = performance.now();
  site.search(parseQuery(query));
  return performance.now() - againStarted;
}).sort((a, b) => a - b);
const nextSearchMs = later[Math.floor(later.length / 2)] ?? Number.NaN;
console.log(
  JSON.stringify({
    articles: site.articles.length,
    readMs: Math.round(readMs),
    firstSearchMs: Math.round(firstSearchMs),
    nextSearchMs: round(nextSearchMs),
    results: outcome.total,
    indexHeapMb: round(heapMb() - heapBefore),
    rssMb: round(process.memoryUsage().rss / 2 ** 20),
  }),
);
