// `ROUNDS=3 tsx scripts/bench/compile-before-after.mts <before dir> <after dir>`:
// `next build` of the framework floor (a one-page app), of one checkout and of
// another, in turn, each into an empty dist folder, ROUNDS times, so all three
// see the same machine load. Prints one JSON line per build: wall time, the
// phases Next's trace records (build-phases.ts), peak RSS of the build's
// process tree, load average. With WARM=1 each checkout then builds again into
// the folder it just filled, after an edit to an article: a publish rebuild
// with unchanged code, which reuses Turbopack's file-system cache (BUILD_CACHE=1
// on both of that checkout's builds, since next.config.mjs writes it only then).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseBuildPhases } from "./build-phases";
import { writeFloorApp } from "./floor-app";
import { runNextBuild } from "./next-build";

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir)
  throw new Error("usage: compile-before-after.mts <before dir> <after dir>");
const rounds = Number(process.env.ROUNDS ?? 3);
const warm = process.env.WARM === "1";
const DIST_DIR = ".next-compile-ab";
// Inside the repo, so the floor app resolves this checkout's node_modules.
const floorDir = writeFloorApp(path.resolve("bench/tmp/floor-compile"));

const SIDES = [
  { name: "floor", dir: floorDir, rebuilds: false },
  { name: "before", dir: path.resolve(beforeDir), rebuilds: warm },
  { name: "after", dir: path.resolve(afterDir), rebuilds: warm },
];

/** A copy of the checkout's articles, so the warm build can see an edit. */
function copyContent(dir: string, side: string): string {
  const copy = path.join(os.tmpdir(), `compile-ab-content-${side}`);
  fs.rmSync(copy, { recursive: true, force: true });
  fs.cpSync(path.join(dir, "content"), copy, { recursive: true });
  return copy;
}

function editAnArticle(contentDir: string): void {
  const article = fs.readdirSync(contentDir).find((f) => f.endsWith(".md"));
  if (!article) throw new Error(`no article in ${contentDir}`);
  fs.appendFileSync(path.join(contentDir, article), "\nAn edit.\n");
}

async function buildAndReport(
  side: (typeof SIDES)[number],
  round: number,
  kind: "cold" | "warm",
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const logFile = path.join(os.tmpdir(), `compile-ab-${side.name}.log`);
  const loadAtStart = os.loadavg()[0]?.toFixed(1);
  const build = await runNextBuild(side.dir, env, logFile);
  const trace = fs.readFileSync(path.join(side.dir, DIST_DIR, "trace"), "utf8");
  const phases = parseBuildPhases(trace);
  console.log(
    JSON.stringify({
      round,
      side: side.name,
      kind,
      loadAtStart,
      wallSeconds: Number(build.wallSeconds.toFixed(1)),
      // Node and Next starting, and the config, before the build span opens.
      startSeconds: Number(
        (build.wallSeconds - phases.nextBuildSeconds).toFixed(1),
      ),
      ...Object.fromEntries(
        Object.entries(phases).map(([name, s]) => [name, Number(s.toFixed(1))]),
      ),
      peakRssMb: Math.round(build.peakRssMb),
    }),
  );
}

for (let round = 1; round <= rounds; round += 1) {
  for (const side of SIDES) {
    fs.rmSync(path.join(side.dir, DIST_DIR), { recursive: true, force: true });
    const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: DIST_DIR };
    if (!side.rebuilds) {
      await buildAndReport(side, round, "cold", env);
      continue;
    }
    const contentDir = copyContent(side.dir, side.name);
    env.CONTENT_DIR = contentDir;
    env.BUILD_CACHE = "1";
    await buildAndReport(side, round, "cold", env);
    editAnArticle(contentDir);
    await buildAndReport(side, round, "warm", env);
  }
}
