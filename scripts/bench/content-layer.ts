// The content layer alone, in a fresh process (as a build worker would be):
// read + validate every article with an empty body cache, render every body to
// HTML, then read again as another process would, from the cache the first
// read filled (lib/content/body-cache).
// Usage: tsx scripts/bench/content-layer.ts <dir>  → prints JSON.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { BodyCache } from "@/lib/content/body-cache";
import { ParseCache } from "@/lib/content/content-files";
import { getPublicDir, readContentLibrary } from "@/lib/content/library";

const dir = process.argv[2];
if (!dir) throw new Error("usage: content-layer.ts <content dir>");
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "content-layer-"));
const read = () =>
  readContentLibrary(
    dir,
    getPublicDir(),
    new ParseCache(new BodyCache(cacheDir)),
  );

const started = performance.now();
const { articles, problems } = read();
const readMs = performance.now() - started;
for (const article of articles) article.body.html();
const totalMs = performance.now() - started;
const warmStarted = performance.now();
read();
const warmReadMs = performance.now() - warmStarted;
fs.rmSync(cacheDir, { recursive: true, force: true });

const perArticle = (ms: number) =>
  Number((ms / Math.max(articles.length, 1)).toFixed(3));
console.log(
  JSON.stringify({
    articles: articles.length,
    problems: problems.length,
    readMs: Math.round(readMs),
    totalMs: Math.round(totalMs),
    msPerArticle: perArticle(totalMs),
    warmReadMs: Math.round(warmReadMs),
    warmReadMsPerArticle: perArticle(warmReadMs),
  }),
);
