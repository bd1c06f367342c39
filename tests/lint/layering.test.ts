// The layering in eslint.config.mjs is only worth having if it fires: these
// lint real files written into the tree (so the import resolver sees them)
// with the real config, and expect the rule to name the upward import or the
// cycle. Each probe imports another probe, never a real module: import/no-cycle
// follows every import it meets, and through lib/ that takes most of a minute.
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LAYERING_RULES = new Set([
  "import/no-cycle",
  "import/no-restricted-paths",
]);
const TARGET_TEXT = "export const target = 1;\n";
/** Imported by the probes; not linted themselves. */
const TARGETS = [
  "lib/content/lint-probe-target.ts",
  "lib/reading/lint-probe-target.ts",
  "tests/support/lint-probe-target.ts",
  "scripts/bench/lint-probe-target.ts",
  "scripts/support/lint-probe-target.ts",
];
const PROBES: Readonly<Record<string, string>> = {
  "lib/content/lint-probe-upward.ts":
    'import { target } from "@/lib/reading/lint-probe-target";\nexport const probe = target;\n',
  "lib/server/lint-probe-server.ts":
    'import { target } from "@/lib/content/lint-probe-target";\nexport const probe = target;\n',
  "lib/seo/lint-probe-downward.ts":
    'import { target } from "@/lib/reading/lint-probe-target";\nexport const probe = target;\n',
  "lib/reading/lint-probe-cycle-b.ts":
    'import { a } from "@/lib/reading/lint-probe-cycle-a";\nexport const b = () => a;\n',
  "lib/reading/lint-probe-cycle-a.ts":
    'import { b } from "@/lib/reading/lint-probe-cycle-b";\nexport const a = () => b;\n',
  "scripts/bench/lint-probe-tests.ts":
    'import { target } from "../../tests/support/lint-probe-target";\nexport const probe = target;\n',
  "tests/support/lint-probe-bench.ts":
    'import { target } from "../../scripts/bench/lint-probe-target";\nexport const probe = target;\n',
  "tests/support/lint-probe-shared.ts":
    'import { target } from "../../scripts/support/lint-probe-target";\nexport const probe = target;\n',
};

const ruleIds = new Map<string, string[]>();

beforeAll(async () => {
  for (const relative of TARGETS)
    fs.writeFileSync(path.join(ROOT, relative), TARGET_TEXT);
  for (const [relative, text] of Object.entries(PROBES))
    fs.writeFileSync(path.join(ROOT, relative), text);
  // The real eslint.config.mjs, running only the layering rules.
  const eslint = new ESLint({
    cwd: ROOT,
    ruleFilter: ({ ruleId }) => LAYERING_RULES.has(ruleId),
  });
  const files = Object.keys(PROBES).map((relative) =>
    path.join(ROOT, relative),
  );
  for (const result of await eslint.lintFiles(files)) {
    const relative = path.relative(ROOT, result.filePath);
    ruleIds.set(
      relative,
      result.messages.map((message) => message.ruleId ?? ""),
    );
  }
  // Loading Next's ESLint plugins takes seconds on a busy machine.
}, 60_000);

afterAll(() => {
  for (const relative of [...TARGETS, ...Object.keys(PROBES)])
    fs.rmSync(path.join(ROOT, relative), { force: true });
});

function ruleIdsFor(relative: string): string[] {
  const ids = ruleIds.get(relative);
  if (!ids) throw new Error(`${relative} was not linted`);
  return ids;
}

describe("lib layering", () => {
  it("fails an import from lib/content up into lib/reading", () => {
    expect(ruleIdsFor("lib/content/lint-probe-upward.ts")).toContain(
      "import/no-restricted-paths",
    );
  });

  it("fails an import from lib/server into the content layer", () => {
    expect(ruleIdsFor("lib/server/lint-probe-server.ts")).toContain(
      "import/no-restricted-paths",
    );
  });

  it("passes an import that points down the layers", () => {
    expect(ruleIdsFor("lib/seo/lint-probe-downward.ts")).toEqual([]);
  });

  it("fails two modules that import each other", () => {
    expect(ruleIdsFor("lib/reading/lint-probe-cycle-a.ts")).toContain(
      "import/no-cycle",
    );
  });
});

describe("bench and tests apart", () => {
  it("fails an import from the bench into tests/", () => {
    expect(ruleIdsFor("scripts/bench/lint-probe-tests.ts")).toContain(
      "import/no-restricted-paths",
    );
  });

  it("fails an import from tests/support into the bench", () => {
    expect(ruleIdsFor("tests/support/lint-probe-bench.ts")).toContain(
      "import/no-restricted-paths",
    );
  });

  it("passes tests/ importing the shared scripts/support", () => {
    expect(ruleIdsFor("tests/support/lint-probe-shared.ts")).toEqual([]);
  });
});
