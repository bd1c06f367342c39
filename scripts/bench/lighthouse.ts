// Lighthouse's mobile preset (its default) on a URL, through its own CLI with
// Debian's Chromium: the four category scores, LCP, CLS, total blocking time
// and the element Lighthouse took as the largest paint. Its simulated
// throttling replays what the real load did, so one run swings with the
// machine's load: runLighthouseMedian runs it several times.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { z } from "zod";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium";
import { median } from "./stats";

const category = z.object({ score: z.number().nullable() });
const report = z.object({
  categories: z.object({
    performance: category,
    accessibility: category,
    "best-practices": category,
    seo: category,
  }),
  audits: z.object({
    "largest-contentful-paint": z.object({ numericValue: z.number() }),
    "cumulative-layout-shift": z.object({ numericValue: z.number() }),
    "total-blocking-time": z.object({ numericValue: z.number() }),
    "largest-contentful-paint-element": z.object({
      details: z
        .object({
          items: z.array(
            z.object({
              items: z
                .array(
                  z.object({
                    node: z.object({ selector: z.string() }).optional(),
                  }),
                )
                .optional(),
            }),
          ),
        })
        .optional(),
    }),
  }),
});

export const LIGHTHOUSE_RESULT = z
  .object({
    performance: z.number().nullable(),
    accessibility: z.number().nullable(),
    bestPractices: z.number().nullable(),
    seo: z.number().nullable(),
    lcpMs: z.number().nullable(),
    cls: z.number().nullable(),
    tbtMs: z.number().nullable(),
    /** The CSS selector of the largest contentful paint's element. */
    lcpElement: z.string().nullable(),
    /** How many runs the figures are the median of, and the 1-minute load average at each start. */
    runs: z.number(),
    loadAverages: z.array(z.number()).readonly(),
    /** Why Lighthouse gave no figures (e.g. a multi-megabyte page timing out), else null. */
    error: z.string().nullable(),
  })
  .readonly();
export type LighthouseResult = z.infer<typeof LIGHTHOUSE_RESULT>;

function percent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}

/**
 * The CPU slowdown Lighthouse's throttling guide (docs/throttling.md,
 * "Calibrating the CPU slowdown") suggests for emulating a mid-tier phone
 * from a host with this benchmarkIndex: its default 4x assumes a high-end
 * desktop (1,500 and up); a low-end desktop (1,000–1,500) or a high-end phone
 * (800–1,200) wants 2x; a host already in the mid-tier phone range, 1x.
 */
export function suggestedCpuSlowdown(benchmarkIndex: number): number {
  if (benchmarkIndex >= 1500) return 4;
  if (benchmarkIndex >= 800) return 2;
  return 1;
}

const PRESET_CPU_SLOWDOWN = 4;

/** The CPU multiplier the runs use: CPU_SLOWDOWN=<n>, else the preset's 4x (see suggestedCpuSlowdown). */
export function cpuSlowdown(): number {
  return Number(process.env.CPU_SLOWDOWN ?? PRESET_CPU_SLOWDOWN);
}

export function runLighthouse(
  url: string,
  outputFile: string,
): LighthouseResult {
  const result = spawnSync(
    process.execPath,
    [
      path.resolve("node_modules/lighthouse/cli/index.js"),
      url,
      "--quiet",
      "--output=json",
      `--output-path=${outputFile}`,
      "--only-categories=performance,accessibility,best-practices,seo",
      `--chrome-flags=${CHROMIUM_ARGS.join(" ")}`,
      `--throttling.cpuSlowdownMultiplier=${cpuSlowdown()}`,
    ],
    {
      env: {
        ...process.env,
        CHROME_PATH: CHROMIUM_PATH,
      },
      encoding: "utf8",
    },
  );
  if (result.status !== 0) {
    const reason = /Runtime error encountered: (.*)/.exec(result.stderr)?.[1];
    return {
      performance: null,
      accessibility: null,
      bestPractices: null,
      seo: null,
      lcpMs: null,
      cls: null,
      tbtMs: null,
      lcpElement: null,
      runs: 1,
      loadAverages: [],
      error: reason ?? `exit ${result.status}`,
    };
  }
  const parsed = report.parse(JSON.parse(fs.readFileSync(outputFile, "utf8")));
  return {
    performance: percent(parsed.categories.performance.score),
    accessibility: percent(parsed.categories.accessibility.score),
    bestPractices: percent(parsed.categories["best-practices"].score),
    seo: percent(parsed.categories.seo.score),
    lcpMs: Math.round(parsed.audits["largest-contentful-paint"].numericValue),
    cls: parsed.audits["cumulative-layout-shift"].numericValue,
    tbtMs: Math.round(parsed.audits["total-blocking-time"].numericValue),
    lcpElement:
      parsed.audits["largest-contentful-paint-element"].details?.items[0]
        ?.items?.[0]?.node?.selector ?? null,
    runs: 1,
    loadAverages: [],
    error: null,
  };
}

function medianOf(
  results: readonly LighthouseResult[],
  pick: (result: LighthouseResult) => number | null,
): number | null {
  const values = results
    .map(pick)
    .filter((value): value is number => value !== null);
  return values.length === 0 ? null : median(values);
}

/** `runs` Lighthouse runs of one URL, one after another: each figure is the median of the runs that gave one. */
export function runLighthouseMedian(
  url: string,
  outputFile: string,
  runs = 3,
): LighthouseResult {
  const loadAverages: number[] = [];
  const results: LighthouseResult[] = [];
  for (let run = 0; run < runs; run += 1) {
    loadAverages.push(os.loadavg()[0] ?? Number.NaN);
    results.push(runLighthouse(url, outputFile));
  }
  const succeeded = results.filter((result) => result.error === null);
  const [first] = succeeded;
  // Every run failed: report why the first one did.
  if (!first) return results[0] ?? runLighthouse(url, outputFile);
  return {
    performance: medianOf(succeeded, (result) => result.performance),
    accessibility: medianOf(succeeded, (result) => result.accessibility),
    bestPractices: medianOf(succeeded, (result) => result.bestPractices),
    seo: medianOf(succeeded, (result) => result.seo),
    lcpMs: medianOf(succeeded, (result) => result.lcpMs),
    cls: medianOf(succeeded, (result) => result.cls),
    tbtMs: medianOf(succeeded, (result) => result.tbtMs),
    lcpElement: first.lcpElement,
    runs: succeeded.length,
    loadAverages,
    error: null,
  };
}
