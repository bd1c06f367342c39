// `ROUNDS=3 tsx scripts/bench/compile-before-after.mts <before dir> <after dir>`:
// `next build` of the framework floor (a one-page app), of one checkout and of
// another, in turn, each into an empty dist folder, ROUNDS times, so all three
// see the same machine load. Prints one JSON line per build: wall time, the
// compile time Next prints, peak RSS of the build's process tree, load average.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeFloorApp } from "./floor-app";
import { parseCompileSeconds, runNextBuild } from "./next-build";

const [beforeDir, afterDir] = process.argv.slice(2);
if (!beforeDir || !afterDir)
  throw new Error("usage: compile-before-after.mts <before dir> <after dir>");
const rounds = Number(process.env.ROUNDS ?? 3);
const DIST_DIR = ".next-compile-ab";
// Inside the repo, so the floor app resolves this checkout's node_modules.
const floorDir = writeFloorApp(path.resolve("bench/tmp/floor-compile"));

const SIDES = [
  { name: "floor", dir: floorDir },
  { name: "before", dir: path.resolve(beforeDir) },
  { name: "after", dir: path.resolve(afterDir) },
];

for (let round = 1; round <= rounds; round += 1) {
  for (const side of SIDES) {
    fs.rmSync(path.join(side.dir, DIST_DIR), { recursive: true, force: true });
    const logFile = path.join(os.tmpdir(), `compile-ab-${side.name}.log`);
    const loadAtStart = os.loadavg()[0]?.toFixed(1);
    const build = await runNextBuild(
      side.dir,
      { ...process.env, NEXT_DIST_DIR: DIST_DIR },
      logFile,
    );
    console.log(
      JSON.stringify({
        round,
        side: side.name,
        loadAtStart,
        wallSeconds: Number(build.wallSeconds.toFixed(1)),
        compileSeconds: parseCompileSeconds(fs.readFileSync(logFile, "utf8")),
        peakRssMb: Math.round(build.peakRssMb),
      }),
    );
  }
}
