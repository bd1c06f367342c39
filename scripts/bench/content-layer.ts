// The content layer alone, in a fresh process (as a build worker would be):
// read + validate every article, then render every body to HTML.
// Usage: tsx scripts/bench/content-layer.ts <dir>  → prints JSON.
import { getArticleHtml, readContentLibrary } from "@/lib/content/library";

const dir = process.argv[2];
if (!dir) throw new Error("usage: content-layer.ts <content dir>");

const started = performance.now();
const { articles, problems } = readContentLibrary(dir);
const readMs = performance.now() - started;
for (const article of articles) getArticleHtml(article);
const totalMs = performance.now() - started;

console.log(
  JSON.stringify({
    articles: articles.length,
    problems: problems.length,
    readMs: Math.round(readMs),
    totalMs: Math.round(totalMs),
    msPerArticle: Number((totalMs / Math.max(articles.length, 1)).toFixed(3)),
  }),
);
