// `npm run new`: one spawn proves the command line (arguments, CONTENT_DIR,
// today's date in Busan, the default port, exit code); the rules it applies are
// tested by calling scripts/commands/new-article.ts directly.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from "vitest";
import { checkContent } from "../../scripts/commands/content-check";
import { newArticle } from "../../scripts/commands/new-article";
import { captureOutput } from "../support/command-output";
import { runCommand, type RunResult } from "../support/run-command";

let contentDir: string;

beforeEach(() => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-new-"));
});

afterEach(() => {
  fs.rmSync(contentDir, { recursive: true, force: true });
});

/** Today in Busan, computed independently of lib/dates. */
function busanToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul" }).format(
    new Date(),
  );
}

/**
 * `npm run new` in a folder of its own, started before the first test and
 * awaited by the last, so the in-process tests run while npm and tsx start up.
 */
let spawned: {
  readonly dir: string;
  readonly before: string;
  readonly result: Promise<RunResult>;
};

beforeAll(() => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-new-cli-"));
  spawned = {
    dir,
    before: busanToday(),
    result: runCommand(
      "npm",
      ["run", "--silent", "new", "--", "Busan opens a harbour registry"],
      { env: { ...process.env, CONTENT_DIR: dir, PORT: "" } },
    ),
  };
});

afterAll(() => {
  fs.rmSync(spawned.dir, { recursive: true, force: true });
});

function runNew(...args: string[]) {
  const captured = captureOutput();
  const status = newArticle(
    args,
    { contentDir, today: busanToday(), port: "4123" },
    captured.output,
  );
  return { status, stdout: captured.stdout(), stderr: captured.stderr() };
}

function runCheck() {
  const captured = captureOutput();
  const status = checkContent(contentDir, captured.output);
  return { status, stdout: captured.stdout(), stderr: captured.stderr() };
}

describe("newArticle", () => {
  it("writes a draft that the content check passes with a warning per placeholder", () => {
    expect(runNew("Busan opens a harbour registry").status).toBe(0);
    const check = runCheck();
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("Content check passed. 1 file checked in ");
    expect(check.stderr).toContain(
      "busan-opens-a-harbour-registry.md:5: summary: warning: is still a placeholder",
    );
  });

  it("fails the check once the draft line goes but the placeholders stay", () => {
    runNew("Placeholder story");
    const file = path.join(contentDir, "placeholder-story.md");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace("draft: true\n", ""),
    );
    const check = runCheck();
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(
      "placeholder-story.md:5: summary: is still a placeholder (replace the TODO text, or set draft: true until it is ready)",
    );
  });

  it("refuses to overwrite an existing file", () => {
    const file = path.join(contentDir, "already-here.md");
    fs.writeFileSync(file, "keep me");
    const result = runNew("Already here");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      `${file} already exists; nothing was written.`,
    );
    expect(fs.readFileSync(file, "utf8")).toBe("keep me");
  });

  it("prints the preview address on the port it is given", () => {
    const result = runNew("Busan port story");
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      "npm run dev at http://localhost:4123/articles/busan-port-story,",
    );
  });

  it("refuses a placeholder headline and writes nothing", () => {
    const result = runNew("TODO: headline");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "todo-headline.md:2: title: is a placeholder (give the real headline)",
    );
    expect(fs.readdirSync(contentDir)).toEqual([]);
  });

  it("asks for a file name when the headline gives none", () => {
    const result = runNew("부산");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Cannot make a file name from "부산".');
    expect(fs.readdirSync(contentDir)).toEqual([]);
    expect(runNew("부산", "--slug", "busan-in-korean").status).toBe(0);
    expect(fs.readdirSync(contentDir)).toEqual(["busan-in-korean.md"]);
  });

  it("prints the usage for an unknown option", () => {
    const result = runNew("Busan story", "--slg", "busan-story");
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Usage: npm run new -- "Headline" [--slug file-name]',
    );
    expect(fs.readdirSync(contentDir)).toEqual([]);
  });
});

describe("npm run new, as a command", () => {
  it("writes a draft dated today in Busan, prints its path and the preview address on port 3000", async () => {
    const created = await spawned.result;
    const after = busanToday();
    const file = path.join(spawned.dir, "busan-opens-a-harbour-registry.md");
    expect(created.status).toBe(0);
    expect(created.stdout.trim()).toBe(file);
    expect(created.stderr).toContain(
      "npm run dev at http://localhost:3000/articles/busan-opens-a-harbour-registry,",
    );
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain('title: "Busan opens a harbour registry"');
    expect([`date: ${spawned.before}`, `date: ${after}`]).toContain(
      text.match(/^date: .*$/m)?.[0],
    );
    expect(text).toMatch(/^draft: true$/m);
  }, 60_000);
});
