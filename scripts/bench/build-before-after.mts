// `tsx scripts/bench/build-before-after.mts <before dir> <after dir> <count>…`:
// for each archive size, `npm run build` (content check + next build) in a
// checkout of main ("before") and in this one ("after", with an empty parse
// cache, then again with the cache the first build left), one after the
// other in the same run, then serves each build and times the first answer of
// an article outside the prerendered set from process start. Prints one JSON
// line per build with the load average, for BENCHMARKS.md.
// With WARM_CACHE_DIR=<dir> (a body cache both checkouts already filled for
// these articles, e.g. by `npm run content:check` on the same generated
// content), it skips the cold builds and alternates before and after
// WARM_ROUNDS times (default 2), so both sides see the same machine load.
// Each side keeps its own cache under it (<dir>/before, <dir>/after): a
// content check prunes the folders of other cache versions, so a shared one
// would make each side's build cold in turn. Each build also prints the
// processes that made its peak memory, and each server the time of its first
// /search and its memory afterwards.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArticles } from "../support/generate-articles";
import { startServer, stopServer } from "../support/site-server";
import {
  samplePeakRssByProcess,
  treeRssKb,
  type ProcessRss,
} from "./process-tree";

const [beforeDir, afterDir, ...counts] = process.argv.slice(2);
if (!beforeDir || !afterDir || counts.length === 0)
  throw new Error("usage: build-before-after.mts <before> <after> <count>…");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "build-before-after-"));

interface Side {
  readonly name: string;
  readonly dir: string;
  readonly clearCache: boolean;
  /** The folder under WARM_CACHE_DIR this side's cache lives in. */
  readonly cacheName: string;
}

const warmCacheDir = process.env.WARM_CACHE_DIR;
const WARM_SIDES: readonly Side[] = [
  {
    name: "before, warm cache",
    dir: beforeDir,
    clearCache: false,
    cacheName: "before",
  },
  {
    name: "after, warm cache",
    dir: afterDir,
    clearCache: false,
    cacheName: "after",
  },
];
const SIDES: readonly Side[] = warmCacheDir
  ? Array.from({ length: Number(process.env.WARM_ROUNDS ?? 2) }).flatMap(
      () => WARM_SIDES,
    )
  : [
      { name: "before", dir: beforeDir, clearCache: false, cacheName: "" },
      {
        name: "after, empty cache",
        dir: afterDir,
        clearCache: true,
        cacheName: "",
      },
      {
        name: "after, warm cache",
        dir: afterDir,
        clearCache: false,
        cacheName: "",
      },
    ];

async function build(dir: string, env: NodeJS.ProcessEnv, log: string) {
  const tsconfig = path.join(dir, "tsconfig.json");
  const saved = fs.readFileSync(tsconfig);
  const out = fs.openSync(log, "w");
  const started = performance.now();
  const child = spawn("npm", ["run", "build"], {
    cwd: dir,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", out, out],
  });
  const stop = samplePeakRssByProcess(child.pid ?? 0);
  const code = await new Promise((resolve) => child.on("exit", resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  const { peakMb: peakRssMb, processes } = stop();
  fs.closeSync(out);
  fs.writeFileSync(tsconfig, saved);
  if (code !== 0) throw new Error(`build in ${dir} failed, see ${log}`);
  return {
    wallSeconds: Number(wallSeconds.toFixed(1)),
    peakRssMb,
    atPeak: processes.filter((p) => p.rssKb > 0).map(shortProcess),
  };
}

/** "<MB> <command>", the command cut to what tells the processes apart. */
function shortProcess({ rssKb, command }: ProcessRss): string {
  return `${Math.round(rssKb / 1024)} ${command.replace(/\/\S*node_modules\//g, "")}`;
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url);
  await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return Math.round(performance.now() - started);
}

/** Seconds from spawn to an old article, then the first request of other archive pages. */
async function serve(dir: string, env: NodeJS.ProcessEnv, slugs: string[]) {
  const started = performance.now();
  const { url, child } = await startServer(
    dir,
    env,
    path.join(dir, "server.mjs"),
  );
  try {
    // File order is not date order: the first and last files are rarely among the newest 50.
    await timed(`${url}/articles/${slugs[0]}`);
    const oldArticleSecondsFromStart = Number(
      ((performance.now() - started) / 1000).toFixed(1),
    );
    const archiveArticleMs = await timed(`${url}/articles/${slugs.at(-1)}`);
    // Listing pages past the third render on demand; a small archive has none.
    const archiveListMs =
      slugs.length >= 1000
        ? await timed(`${url}/page/${slugs.length / 20}`)
        : null;
    const firstSearchMs = await timed(`${url}/search?q=busan+exchange`);
    const serverRssAfterSearchMb = Math.round(treeRssKb(child.pid ?? 0) / 1024);
    return {
      oldArticleSecondsFromStart,
      archiveArticleMs,
      archiveListMs,
      firstSearchMs,
      serverRssAfterSearchMb,
    };
  } finally {
    await stopServer(child);
  }
}

for (const count of counts.map(Number)) {
  const content = path.join(work, `content-${count}`);
  const slugs = generateArticles(content, count);
  for (const side of SIDES) {
    const cache = warmCacheDir
      ? path.join(warmCacheDir, side.cacheName)
      : path.join(work, `cache-${count}`);
    if (side.clearCache) fs.rmSync(cache, { recursive: true, force: true });
    const env = {
      ...process.env,
      CONTENT_DIR: content,
      CONTENT_CACHE_DIR: cache,
      NEXT_DIST_DIR: `.next-bba-${count}`,
    };
    const load = os.loadavg()[0]?.toFixed(1);
    const built = await build(
      side.dir,
      env,
      path.join(work, `${count}-${side.name}.log`),
    );
    const loadAfterBuild = os.loadavg()[0]?.toFixed(1);
    const served = await serve(side.dir, env, slugs);
    console.log(
      JSON.stringify({
        count,
        side: side.name,
        loadAverage: load,
        loadAfterBuild,
        ...built,
        ...served,
      }),
    );
    fs.rmSync(path.join(side.dir, env.NEXT_DIST_DIR), {
      recursive: true,
      force: true,
    });
  }
}
