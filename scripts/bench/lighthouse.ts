// Lighthouse's mobile preset (its default) on a URL, through its own CLI with
// Debian's Chromium: the four category scores and LCP.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium";

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
  }),
});

export interface LighthouseResult {
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  readonly seo: number | null;
  readonly lcpMs: number | null;
  /** Why Lighthouse gave no figures (e.g. a multi-megabyte page timing out), else null. */
  readonly error: string | null;
}

function percent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
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
    error: null,
  };
}
