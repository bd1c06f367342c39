// The layering in eslint.config.mjs is only worth having if it fires: these
// lint real files written into the tree (so the import resolver sees them) and
// expect the rule to name the upward import or the cycle. One ESLint run lints
// every probe: starting the type-aware resolver takes seconds.
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PROBES: Readonly<Record<string, string>> = {
  "lib/content/lint-probe-upward.ts":
    'import { tagPath } from "@/lib/reading/tags";\nexport const probe = tagPath;\n',
  "lib/server/lint-probe-server.ts":
    'import { getContentDir } from "@/lib/content/library";\nexport const probe = getContentDir;\n',
  "lib/seo/lint-probe-downward.ts":
    'import { tagPath } from "@/lib/reading/tags";\nexport const probe = tagPath;\n',
  "lib/reading/lint-probe-cycle-b.ts":
    'import { a } from "@/lib/reading/lint-probe-cycle-a";\nexport const b = () => a;\n',
  "lib/reading/lint-probe-cycle-a.ts":
    'import { b } from "@/lib/reading/lint-probe-cycle-b";\nexport const a = () => b;\n',
  "scripts/bench/lint-probe-tests.ts":
    'import { SITES } from "../../tests/support/sites";\nexport const probe = SITES;\n',
  "tests/support/lint-probe-bench.ts":
    'import { median } from "../../scripts/bench/stats";\nexport const probe = median;\n',
  "tests/support/lint-probe-shared.ts":
    'import { freePort } from "../../scripts/support/site-server";\nexport const probe = freePort;\n',
};

const ruleIds = new Map<string, string[]>();

beforeAll(async () => {
  for (const [relative, text] of Object.entries(PROBES))
    fs.writeFileSync(path.join(ROOT, relative), text);
  const eslint = new ESLint({ cwd: ROOT });
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
}, 120_000);

afterAll(() => {
  for (const relative of Object.keys(PROBES))
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
