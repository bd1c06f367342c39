import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

let contentDir: string;

beforeEach(() => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-new-"));
});

afterEach(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
});

function runNpm(script: string, ...args: string[]) {
  return spawnSync("npm", ["run", "--silent", script, "--", ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir, PORT: "" },
    encoding: "utf8",
  });
}

/** Today in Busan, computed independently of lib/dates. */
function busanToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(
    new Date(),
  );
}

describe("npm run new", () => {
  it("writes a draft that the content check passes, and prints its path", () => {
    const before = busanToday();
    const created = runNpm("new", "Busan opens a harbour registry");
    const after = busanToday();
    const file = path.join(contentDir, "busan-opens-a-harbour-registry.md");
    expect(created.status).toBe(0);
    expect(created.stdout.trim()).toBe(file);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain('title: "Busan opens a harbour registry"');
    expect([`date: ${before}`, `date: ${after}`]).toContain(
      text.match(/^date: .*$/m)?.[0],
    );
    expect(text).toMatch(/^draft: true$/m);

    const check = runNpm("content:check");
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("Content check passed. 1 file checked in ");
    expect(check.stderr).toContain(
      "busan-opens-a-harbour-registry.md:5: summary: warning: is still a placeholder",
    );
  }, 30_000);

  it("fails the check once the draft line goes but the placeholders stay", () => {
    runNpm("new", "Placeholder story");
    const file = path.join(contentDir, "placeholder-story.md");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("draft: true\n", ""),
    );
    const check = runNpm("content:check");
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      "placeholder-story.md:5: summary: is still a placeholder (replace the TODO text, or set draft: true until it is ready)",
    );
  }, 30_000);

  it("refuses to overwrite an existing file", () => {
    const file = path.join(contentDir, "already-here.md");
    fs.writeFileSync(file, "keep me");
    const result = runNpm("new", "Already here");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${file} already exists; nothing was written.`,
    );
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
  }, 30_000);

  it("prints the preview address on the port npm run dev uses", () => {
    const result = spawnSync(
      "npm",
      ["run", "--silent", "new", "--", "Busan port story"],
      {
        env: { ...process.env, CONTENT_DIR: contentDir, PORT: "4123" },
        encoding: "utf8",
      },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      "npm run dev at http://localhost:4123/articles/busan-port-story,",
    );
    expect(runNpm("new", "Default port story").stderr).toContain(
      "http://localhost:3000/articles/default-port-story,",
    );
  }, 30_000);

  it("refuses a placeholder headline and writes nothing", () => {
    const result = runNpm("new", "TODO: headline");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "todo-headline.md:2: title: is a placeholder (give the real headline)",
    );
    expect(fs.readdirSync(contentDir)).toEqual([]);
  }, 30_000);

  it("asks for a file name when the headline gives none", () => {
    const result = runNpm("new", "부산");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot make a file name from "부산".');
    expect(fs.readdirSync(contentDir)).toEqual([]);
    expect(runNpm("new", "부산", "--slug", "busan-in-korean").status).toBe(0);
    expect(fs.readdirSync(contentDir)).toEqual(["busan-in-korean.md"]);
  }, 30_000);
});
