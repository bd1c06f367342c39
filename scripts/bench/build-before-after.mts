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
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArticles } from "../support/generate-articles";
import { startServer, stopServer } from "../support/site-server";
import { samplePeakRss } from "./process-tree";

const [beforeDir, afterDir, ...counts] = process.argv.slice(2);
if (!beforeDir || !afterDir || counts.length === 0)
  throw new Error("usage: build-before-after.mts <before> <after> <count>…");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "build-before-after-"));

interface Side {
  readonly name: string;
  readonly dir: string;
  readonly clearCache: boolean;
}

const warmCacheDir = process.env.WARM_CACHE_DIR;
const WARM_SIDES: readonly Side[] = [
  { name: "before, warm cache", dir: beforeDir, clearCache: false },
  { name: "after, warm cache", dir: afterDir, clearCache: false },
];
const SIDES: readonly Side[] = warmCacheDir
  ? Array.from({ length: Number(process.env.WARM_ROUNDS ?? 2) }).flatMap(
      () => WARM_SIDES,
    )
  : [
      { name: "before", dir: beforeDir, clearCache: false },
      { name: "after, empty cache", dir: afterDir, clearCache: true },
      { name: "after, warm cache", dir: afterDir, clearCache: false },
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
  const stop = samplePeakRss(child.pid ?? 0);
  const code = await new Promise((resolve) => child.on("exit", resolve));
  const wallSeconds = (performance.now() - started) / 1000;
  const peakRssMb = stop();
  fs.closeSync(out);
  fs.writeFileSync(tsconfig, saved);
  if (code !== 0) throw new Error(`build in ${dir} failed, see ${log}`);
  return { wallSeconds: Number(wallSeconds.toFixed(1)), peakRssMb };
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
    return { oldArticleSecondsFromStart, archiveArticleMs, archiveListMs };
  } finally {
    await stopServer(child);
  }
}

for (const count of counts.map(Number)) {
  const content = path.join(work, `content-${count}`);
  const slugs = generateArticles(content, count);
  const cache = warmCacheDir ?? path.join(work, `cache-${count}`);
  for (const side of SIDES) {
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
