// One production `next build`, timed from outside: wall time, peak memory of
// the whole process tree, and the static-generation time Next prints.
import { spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";
import { samplePeakRss } from "./process-tree";

export const BUILD_RESULT = z
  .object({
    wallSeconds: z.number(),
    peakRssMb: z.number(),
    /** From "✓ Generating static pages using N workers (x/y) in 12.3s". */
    staticGenerationSeconds: z.number().nullable(),
    staticWorkers: z.number().nullable(),
    pages: z.number().nullable(),
  })
  .readonly();
export type BuildResult = z.infer<typeof BUILD_RESULT>;

/**
 * The `next` a project itself resolves (its own node_modules or a parent's):
 * a checkout built with another checkout's Next.js loads two Reacts.
 */
function nextBinFor(projectDir: string): string {
  return createRequire(path.join(projectDir, "package.json")).resolve(
    "next/dist/bin/next",
  );
}

const SECONDS_PER_UNIT: Readonly<Record<string, number>> = {
  ms: 0.001,
  s: 1,
  min: 60,
};

function parseDuration(value: string, unit: string): number {
  return Number(value) * (SECONDS_PER_UNIT[unit] ?? Number.NaN);
}

export function parseStaticGeneration(
  output: string,
): Pick<BuildResult, "staticGenerationSeconds" | "staticWorkers" | "pages"> {
  const match =
    /Generating static pages using (\d+) workers? \((\d+)\/\d+\) in ([\d.]+)(ms|s|min)\b/.exec(
      output,
    );
  if (!match)
    return { staticGenerationSeconds: null, staticWorkers: null, pages: null };
  const [, workers = "", pages = "", value = "", unit = ""] = match;
  return {
    staticGenerationSeconds: parseDuration(value, unit),
    staticWorkers: Number(workers),
    pages: Number(pages),
  };
}

/**
 * Builds `projectDir`. Next appends each dist folder to tsconfig.json's
 * include list; the bench's throwaway folders must not leave that behind.
 */
export async function runNextBuild(
  projectDir: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<BuildResult> {
  const tsconfig = path.join(projectDir, "tsconfig.json");
  const savedTsconfig = fs.existsSync(tsconfig)
    ? fs.readFileSync(tsconfig)
    : null;
  const log = fs.openSync(logFile, "w");
  const started = performance.now();
  const child = spawn(process.execPath, [nextBinFor(projectDir), "build"], {
    cwd: projectDir,
    env: { ...env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", log, log],
  });
  const stopSampling = samplePeakRss(child.pid ?? 0);
  const exitCode = await new Promise<number | null>((resolve) =>
    child.on("exit", resolve),
  );
  const wallSeconds = (performance.now() - started) / 1000;
  const peakRssMb = stopSampling();
  fs.closeSync(log);
  if (savedTsconfig) fs.writeFileSync(tsconfig, savedTsconfig);
  const output = fs.readFileSync(logFile, "utf8");
  if (exitCode !== 0) {
    throw new Error(
      `next build in ${projectDir} failed (see ${logFile}):\n${output.slice(-3000)}`,
    );
  }
  return { wallSeconds, peakRssMb, ...parseStaticGeneration(output) };
}
