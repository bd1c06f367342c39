// `npm run content:check` and the build's use of it: one spawn of `npm run
// build` over broken content proves the command line (the prebuild hook runs
// the check bundled, scripts/run-bundled.mjs; exit code, stdout/stderr, no
// stack trace, no build);
// what the check reports is tested by calling scripts/commands/content-check.ts
// directly.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  checkContent,
  watchContent,
} from "../../scripts/commands/content-check";
import { captureOutput } from "../support/command-output";
import { FIXTURES } from "../support/fixtures";
import { runCommand, type RunResult } from "../support/run-command";

let brokenBuild: Promise<RunResult>;

// Started before the first test and awaited by the last, so the in-process
// tests run while npm and the bundled check start up.
beforeAll(() => {
  brokenBuild = runCommand("npm", ["run", "--silent", "build"], {
    env: {
      ...process.env,
      CONTENT_DIR: path.join(FIXTURES, "invalid"),
      NEXT_DIST_DIR: ".next-test/broken",
    },
  });
});

function check(contentDir: string) {
  const captured = captureOutput();
  const status = checkContent(contentDir, captured.output);
  return { status, stdout: captured.stdout(), stderr: captured.stderr() };
}

const shown = (dir: string) => path.relative(process.cwd(), dir);

describe("checkContent", () => {
  it("passes on valid content", () => {
    const dir = path.join(FIXTURES, "site");
    const result = check(dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `Content check passed. 5 files checked in ${shown(dir)}: 0 with errors, 0 with warnings (0 errors, 0 warnings).`,
    );
  });

  it("lists every problem and fails on broken content", () => {
    const dir = path.join(FIXTURES, "invalid");
    const result = check(dir);
    expect(result.status).toBe(1);
    const lines = result.stderr
      .split("\n")
      .filter((line) => line.includes(".md:"));
    expect(lines).toHaveLength(21);
    expect(result.stderr).toContain(
      'impossible-date.md:3: date: "2024-02-31" is not a calendar date',
    );
    expect(result.stderr).toContain("missing-title.md:6: title: is required");
    const fileCount = fs.readdirSync(dir).length;
    expect(result.stderr).toContain(
      `${fileCount} files checked in ${shown(dir)}: ${fileCount} with errors, 0 with warnings (${lines.length} errors, 0 warnings)`,
    );
  });

  it("returns 2 with a fix when the content folder cannot be read", () => {
    const dir = path.join(FIXTURES, "no-such-folder");
    const result = check(dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`Cannot read the content folder ${dir}`);
    expect(result.stderr).toContain("set CONTENT_DIR");
  });

  it("passes with only warnings, printing each with its line", () => {
    const result = check(path.join(FIXTURES, "rules/raw-html"));
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      "raw-html-story.md:13: body: warning: raw HTML <iframe",
    );
    expect(result.stdout).toContain("1 with warnings (0 errors, 4 warnings)");
  });

  it("fails on a tag spelt two ways, listing both files' problems", () => {
    const result = check(path.join(FIXTURES, "rules/tags"));
    expect(result.status).toBe(1);
    expect(
      result.stderr.split("\n").filter((line) => line.includes(": tags: ")),
    ).toHaveLength(2);
  });
});

describe("watchContent", () => {
  it("checks again when a file is saved", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-watch-"));
    fs.cpSync(path.join(FIXTURES, "site"), dir, { recursive: true });
    const captured = captureOutput();
    const watcher = watchContent(dir, captured.output);
    const output = () => `${captured.stdout()}\n${captured.stderr()}`;
    const waitFor = async (text: string) => {
      const deadline = Date.now() + 10_000;
      while (!output().includes(text) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(output()).toContain(text);
    };
    try {
      expect(output()).toContain("Watching");
      fs.copyFileSync(
        path.join(FIXTURES, "invalid", "misspelt-author.md"),
        path.join(dir, "misspelt-author.md"),
      );
      await waitFor("misspelt-author.md:5: autor: is not a known field");
      await waitFor("6 files checked");
    } finally {
      if (typeof watcher !== "number") watcher.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm run build, which runs npm run content:check first", () => {
  it("lists every problem on stderr and exits 1 before building, without a stack trace", async () => {
    const result = await brokenBuild;
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'impossible-date.md:3: date: "2024-02-31" is not a calendar date',
    );
    expect(result.stderr).toContain(
      "tags-not-a-list.md:6: tags: must be a list of tags",
    );
    expect(result.stderr).toContain("Content check failed.");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).not.toContain(
      "Creating an optimized production build",
    );
  }, 60_000);
});
