// `npm run bench [-- --articles 100,1000,10000] [--skip-serve] [--skip-lighthouse]`
// For each size: generate the archive, time the content layer, build, measure
// the served site; once per run, build the framework-floor app. Prints a
// Markdown table and merges the figures into bench/results.json.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeFloorApp } from "./floor-app";
import { generateArticles } from "../support/generate-articles";
import { measurePage, type PageWeight } from "../support/page-weight";
import { measureSite, type SiteMeasurements } from "./measure-site";
import { runNextBuild, type BuildResult } from "./next-build";
import {
  BENCH_RESULTS,
  RESULTS_FORMAT,
  renderReport,
  type BenchResults,
  type SizeResult,
} from "./report";
import { startServer, stopServer } from "../support/site-server";

const ROOT = process.cwd();
const TMP = path.join(ROOT, "bench/tmp");
const RESULTS_FILE = path.join(ROOT, "bench/results.json");

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "100,1000,10000" },
    "skip-serve": { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
  },
});
const sizes = values.articles.split(",").map((size) => {
  const count = Number(size.trim());
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`--articles: "${size}" is not a count`);
  return count;
});

function version(pkg: string): string {
  const file = path.join(ROOT, "node_modules", pkg, "package.json");
  const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  return typeof parsed === "object" && parsed && "version" in parsed
    ? String(parsed.version)
    : "?";
}

function machine(): BenchResults["machine"] {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "?",
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    next: version("next"),
    react: version("react"),
    loadAverageAtStart: os.loadavg().map((load) => Number(load.toFixed(2))),
  };
}

function contentLayer(dir: string): SizeResult["contentLayer"] {
  const output = execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      "scripts/bench/content-layer.ts",
      dir,
    ],
    {
      cwd: ROOT,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production" },
    },
  );
  const parsed: unknown = JSON.parse(output.trim().split("\n").at(-1) ?? "{}");
  if (
    typeof parsed !== "object" ||
    !parsed ||
    !("msPerArticle" in parsed) ||
    !("totalMs" in parsed) ||
    !("warmReadMsPerArticle" in parsed)
  ) {
    throw new Error(`content-layer.ts printed ${output}`);
  }
  return {
    msPerArticle: Number(parsed.msPerArticle),
    totalMs: Number(parsed.totalMs),
    warmReadMsPerArticle: Number(parsed.warmReadMsPerArticle),
  };
}

async function measureFloor(): Promise<{
  build: BuildResult;
  page: PageWeight | null;
}> {
  const dir = writeFloorApp(path.join(TMP, "floor"));
  console.log("floor: building a one-page Next.js app");
  const build = await runNextBuild(
    dir,
    process.env,
    path.join(TMP, "floor-build.log"),
  );
  const server = await startServer(dir, process.env);
  try {
    return { build, page: await measurePage(server.url, "/") };
  } finally {
    await stopServer(server.child);
  }
}

async function measureSize(count: number): Promise<SizeResult> {
  const contentDir = path.join(TMP, `content-${count}`);
  const distDir = `.next-bench/${count}`;
  console.log(`${count}: generating articles`);
  generateArticles(contentDir, count);
  console.log(`${count}: content layer`);
  const layer = contentLayer(contentDir);
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    NEXT_DIST_DIR: distDir,
  };
  console.log(`${count}: next build`);
  const build = await runNextBuild(
    ROOT,
    env,
    path.join(TMP, `build-${count}.log`),
  );
  console.log(
    `${count}: built in ${build.wallSeconds.toFixed(1)} s; measuring pages`,
  );
  const site: SiteMeasurements = await measureSite({
    projectDir: ROOT,
    env,
    workDir: path.join(TMP, `serve-${count}`),
    serve: !values["skip-serve"],
    lighthouse: !values["skip-lighthouse"],
  });
  fs.rmSync(path.join(ROOT, distDir), { recursive: true, force: true });
  fs.rmSync(contentDir, { recursive: true, force: true });
  return {
    articles: count,
    measuredAt: new Date().toISOString(),
    contentLayer: layer,
    build,
    ...site,
  };
}

function previousResults(): BenchResults | null {
  if (!fs.existsSync(RESULTS_FILE)) return null;
  const parsed = BENCH_RESULTS.safeParse(
    JSON.parse(fs.readFileSync(RESULTS_FILE, "utf8")),
  );
  if (parsed.success) return parsed.data;
  console.log(
    `${path.relative(ROOT, RESULTS_FILE)} does not match this bench's results (format ${RESULTS_FORMAT}; ${parsed.error.issues[0]?.message ?? "unknown"} at ${parsed.error.issues[0]?.path.join(".") ?? "?"}): its sizes are not carried over`,
  );
  return null;
}

/** Merges one size into bench/results.json; other sizes keep their last figures (each dated). */
function saveResults(results: BenchResults): void {
  fs.writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
}

async function main(): Promise<void> {
  const machineInfo = machine();
  fs.mkdirSync(TMP, { recursive: true });
  const floor = await measureFloor();
  let results: BenchResults = {
    format: RESULTS_FORMAT,
    machine: machineInfo,
    floor,
    sizes: previousResults()?.sizes ?? [],
  };
  // Saved after each size, so a long run that fails late keeps what it measured.
  for (const count of sizes) {
    const size = await measureSize(count);
    results = {
      ...results,
      sizes: [
        ...results.sizes.filter((old) => old.articles !== count),
        size,
      ].sort((a, b) => a.articles - b.articles),
    };
    saveResults(results);
  }
  console.log(
    `\n${renderReport(results)}\nWrote ${path.relative(ROOT, RESULTS_FILE)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
