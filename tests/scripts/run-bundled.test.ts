// scripts/run-bundled.mjs, which `npm run build` uses to start the content
// check: it runs a TypeScript command with its arguments, reuses its bundle
// while the sources are unchanged, and bundles again when one changes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../support/run-command";

const RUNNER = path.resolve("scripts/run-bundled.mjs");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "run-bundled-"));
  fs.writeFileSync(
    path.join(dir, "greet.ts"),
    'import { word } from "./word.ts";\nconst name: string = process.argv[2] ?? "nobody";\nconsole.log(`${word} ${name}`);\n',
  );
  fs.writeFileSync(
    path.join(dir, "word.ts"),
    'export const word: string = "hello";\n',
  );
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  runCommand("node", [RUNNER, "greet.ts", ...args], { cwd: dir });

const bundle = () =>
  path.join(dir, "node_modules/.cache/busan-ledger/bundled/greet.mjs");

describe("run-bundled", () => {
  it("runs a TypeScript command with its arguments", async () => {
    const result = await run("Busan");
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("hello Busan\n");
    expect(result.status).toBe(0);
  });

  it("reuses the bundle while no source has changed", async () => {
    await run("first");
    const made = fs.statSync(bundle()).mtimeMs;
    const again = await run("second");
    expect(again.stdout).toBe("hello second\n");
    expect(fs.statSync(bundle()).mtimeMs).toBe(made);
  });

  it("bundles again when an imported source changes", async () => {
    await run("before");
    fs.writeFileSync(
      path.join(dir, "word.ts"),
      'export const word: string = "annyeong";\n',
    );
    const result = await run("Busan");
    expect(result.stdout).toBe("annyeong Busan\n");
  });

  it("bundles again when its record of the sources is damaged", async () => {
    await run("before");
    const record = bundle().replace(/\.mjs$/, ".sources.json");
    const { options } = JSON.parse(fs.readFileSync(record, "utf8"));
    fs.writeFileSync(record, JSON.stringify({ options }));
    const result = await run("again");
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/ again\n$/);
    expect(JSON.parse(fs.readFileSync(record, "utf8")).hashes).toBeTypeOf(
      "object",
    );
  });

  it("says how to call it when no script is named", async () => {
    const result = await runCommand("node", [RUNNER], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Usage: node scripts/run-bundled.mjs");
  });
});
