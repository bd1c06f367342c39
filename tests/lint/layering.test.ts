// The layering in eslint.config.mjs is only worth having if it fires: these
// lint real files written into the tree (so the import resolver sees them) and
// expect the rule to name the upward import or the cycle.
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { afterEach, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const written: string[] = [];

function writeModule(relative: string, text: string): string {
  const file = path.join(ROOT, relative);
  fs.writeFileSync(file, text);
  written.push(file);
  return file;
}

// One instance for the file: its import resolver is slow to start.
const eslint = new ESLint({ cwd: ROOT });

async function ruleIdsFor(file: string): Promise<string[]> {
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((message) => message.ruleId ?? "");
}

afterEach(() => {
  for (const file of written.splice(0)) fs.rmSync(file, { force: true });
});

describe("lib layering", { timeout: 120_000 }, () => {
  it("fails an import from lib/content up into lib/reading", async () => {
    const file = writeModule(
      "lib/content/lint-probe-upward.ts",
      'import { listTags } from "@/lib/reading/tags";\nexport const probe = listTags;\n',
    );
    expect(await ruleIdsFor(file)).toContain("import/no-restricted-paths");
  });

  it("fails an import from lib/server into the content layer", async () => {
    const file = writeModule(
      "lib/server/lint-probe-server.ts",
      'import { getContentDir } from "@/lib/content/library";\nexport const probe = getContentDir;\n',
    );
    expect(await ruleIdsFor(file)).toContain("import/no-restricted-paths");
  });

  it("passes an import that points down the layers", async () => {
    const file = writeModule(
      "lib/seo/lint-probe-downward.ts",
      'import { listTags } from "@/lib/reading/tags";\nexport const probe = listTags;\n',
    );
    expect(await ruleIdsFor(file)).toEqual([]);
  });

  it("fails two modules that import each other", async () => {
    writeModule(
      "lib/reading/lint-probe-cycle-b.ts",
      'import { a } from "@/lib/reading/lint-probe-cycle-a";\nexport const b = () => a;\n',
    );
    const file = writeModule(
      "lib/reading/lint-probe-cycle-a.ts",
      'import { b } from "@/lib/reading/lint-probe-cycle-b";\nexport const a = () => b;\n',
    );
    expect(await ruleIdsFor(file)).toContain("import/no-cycle");
  });
});
