import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { SITE_NAMES, SITE_TAG_PREFIX } from "./tests/support/site-names.mts";

// Tests run in a zone far from both UTC and Busan, so a date that leaks the
// machine's zone shows up as an off-by-one day.
process.env.TZ ??= "America/Los_Angeles";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: [
            "tests/lib/**/*.test.ts",
            "tests/lint/**/*.test.ts",
            "tests/scripts/**/*.test.ts",
          ],
          // The two spawned scripts set 60 s each: tsx alone takes half a minute on a
          // two-core machine at load 25.
          testTimeout: 30_000,
          // Files share their worker's modules instead of loading remark, zod,
          // yaml and lib/ again for each of ~35 files: that import was most of
          // the run (BENCHMARKS.md, issue 10). The price is a rule: a test that
          // needs a module's state fresh (the site index, the published
          // content) calls vi.resetModules() before importing it, and every
          // stubbed variable is unstubbed by the file that stubbed it.
          isolate: false,
          // Vitest's default is one worker fewer than the cores: on two cores
          // that is one, and the other core idles while files import.
          maxWorkers: availableParallelism(),
          globalSetup: ["tests/lib/content-cache-dir.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts", "tests/browser/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/wait-for-sites.ts"],
          // A file names the sites it reads (`// @module-tag site/real`) and
          // starts once they serve, while the others still build.
          tags: SITE_NAMES.map((name) => ({
            name: `${SITE_TAG_PREFIX}${name}`,
            description: `reads the "${name}" test site (tests/support/sites.ts)`,
          })),
          // Most of an end-to-end file's time is waiting (revalidate windows,
          // s-maxage, polls, a browser's round trips), not CPU: three files at a
          // time keep two cores busy. Its own group, after the unit files, so a
          // file waiting for the sites never holds a unit file's worker.
          maxWorkers: Number(process.env.TEST_E2E_WORKERS ?? 3),
          // As in the unit project: a worker's files share playwright-core, zod
          // and the support modules instead of importing them again for each
          // of ~25 files. No end-to-end file stubs a variable or a module.
          isolate: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
