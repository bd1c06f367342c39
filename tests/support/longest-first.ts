// The order end-to-end files start in. Vitest runs the files it has timings
// for longest first, but a fresh clone (every CI run) has none, and it then
// starts the largest files first: the 27 s load test, a small file, started
// last and ran alone while one core idled. The files below take longest
// (tests/e2e and tests/browser timings in BENCHMARKS.md, issue 10), so they
// start first, in this order, as soon as their sites serve; the rest follow in
// Vitest's own order.
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const LONGEST_FIRST = [
  "tests/browser/readers.test.ts",
  "tests/e2e/load.test.ts",
  "tests/browser/accessibility.test.ts",
  "tests/e2e/live-publishing.test.ts",
  "tests/e2e/independent-checkers.test.ts",
  "tests/e2e/live-preview.test.ts",
  "tests/e2e/readers.test.ts",
  "tests/browser/journey.test.ts",
  "tests/browser/reading.test.ts",
];

export class LongestFirstSequencer extends BaseSequencer {
  override async sort(
    files: TestSpecification[],
  ): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(path.relative(root, file.moduleId));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    const group = (file: TestSpecification) =>
      file.project.config.sequence.groupOrder;
    // Array sort is stable: files of equal rank keep Vitest's order.
    return sorted.sort((a, b) => group(a) - group(b) || rank(a) - rank(b));
  }
}
