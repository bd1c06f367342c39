import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../support/fixtures";

function runNpm(script: string, contentDir: string) {
  return spawnSync("npm", ["run", "--silent", script], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      NEXT_DIST_DIR: ".next-test/broken",
    },
    encoding: "utf8",
  });
}

describe("npm run content:check", () => {
  it("passes on valid content", () => {
    const result = runNpm("content:check", path.join(FIXTURES, "site"));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "Content check passed. 4 article(s) checked",
    );
  });

  it("lists every problem and fails on broken content", () => {
    const result = runNpm("content:check", path.join(FIXTURES, "invalid"));
    expect(result.status).toBe(1);
    const lines = result.stderr
      .split("\n")
      .filter((line) => line.includes(".md:"));
    expect(lines).toHaveLength(18);
    expect(result.stderr).toContain(
      'impossible-date.md:3: date: "2024-02-31" is not a calendar date',
    );
    expect(result.stderr).toContain("missing-title.md:1: title: is required");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("npm run content:check on warnings and cross-file problems", () => {
  it("passes with only warnings, printing each with its line", () => {
    const result = runNpm(
      "content:check",
      path.join(FIXTURES, "rules/raw-html"),
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      "raw-html-story.md:13: body: warning: raw HTML <iframe",
    );
    expect(result.stdout).toContain("0 error(s), 4 warning(s)");
  });

  it("fails on a tag spelt two ways, listing both files' problems", () => {
    const result = runNpm("content:check", path.join(FIXTURES, "rules/tags"));
    expect(result.status).toBe(1);
    expect(
      result.stderr.split("\n").filter((line) => line.includes(": tags: ")),
    ).toHaveLength(2);
  });
});

describe("npm run build", () => {
  it("fails before building when content is broken, with every problem listed", () => {
    const result = runNpm("build", path.join(FIXTURES, "invalid"));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      "tags-not-a-list.md:6: tags: must be a list of tags",
    );
    expect(result.stderr).toContain("Content check failed.");
    expect(result.stdout).not.toContain(
      "Creating an optimized production build",
    );
  }, 60_000);
});
