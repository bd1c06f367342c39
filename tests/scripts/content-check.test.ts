import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
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
      `Content check passed. 3 files checked in ${path.relative(process.cwd(), path.join(FIXTURES, "site"))}: 0 with errors, 0 with warnings (0 errors, 0 warnings).`,
    );
  });

  it("lists every problem and fails on broken content", () => {
    const result = runNpm("content:check", path.join(FIXTURES, "invalid"));
    expect(result.status).toBe(1);
    const lines = result.stderr
      .split("\n")
      .filter((line) => line.includes(".md:"));
    expect(lines).toHaveLength(21);
    expect(result.stderr).toContain(
      'impossible-date.md:3: date: "2024-02-31" is not a calendar date',
    );
    expect(result.stderr).toContain("missing-title.md:6: title: is required");
    const fileCount = fs.readdirSync(path.join(FIXTURES, "invalid")).length;
    expect(result.stderr).toContain(
      `${fileCount} files checked in ${path.relative(process.cwd(), path.join(FIXTURES, "invalid"))}: ${fileCount} with errors, 0 with warnings (${lines.length} errors, 0 warnings)`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 2, without a stack trace, when the content folder cannot be read", () => {
    const result = runNpm(
      "content:check",
      path.join(FIXTURES, "no-such-folder"),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      `Cannot read the content folder ${path.join(FIXTURES, "no-such-folder")}`,
    );
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
    expect(result.stdout).toContain("1 with warnings (0 errors, 4 warnings)");
  });

  it("fails on a tag spelt two ways, listing both files' problems", () => {
    const result = runNpm("content:check", path.join(FIXTURES, "rules/tags"));
    expect(result.status).toBe(1);
    expect(
      result.stderr.split("\n").filter((line) => line.includes(": tags: ")),
    ).toHaveLength(2);
  });
});

describe("npm run content:check -- --watch", () => {
  it("checks again when a file is saved", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-watch-"));
    fs.cpSync(path.join(FIXTURES, "site"), dir, { recursive: true });
    const watcher = spawn(
      "npm",
      ["run", "--silent", "content:check", "--", "--watch"],
      {
        env: { ...process.env, CONTENT_DIR: dir },
        detached: true,
      },
    );
    let output = "";
    watcher.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    watcher.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const waitFor = async (text: string) => {
      const deadline = Date.now() + 20_000;
      while (!output.includes(text) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(output).toContain(text);
    };
    try {
      await waitFor("Watching");
      fs.copyFileSync(
        path.join(FIXTURES, "invalid", "misspelt-author.md"),
        path.join(dir, "misspelt-author.md"),
      );
      await waitFor("misspelt-author.md:5: autor: is not a known field");
      await waitFor("4 files checked");
    } finally {
      if (watcher.pid !== undefined) process.kill(-watcher.pid, "SIGTERM");
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 40_000);
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
