import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  CONTENT_CHECK_INTERVAL_MS,
  LiveLibrary,
} from "@/lib/content/live-library";

function story(title: string, date = "2024-03-01"): string {
  return [
    "---",
    `title: ${title}`,
    `date: ${date}`,
    "summary: A story for the live library tests.",
    "author: Fixture Desk",
    "tags: [Busan]",
    "---",
    "",
    "Body text.",
    "",
  ].join("\n");
}

describe("LiveLibrary", () => {
  let dir: string;
  let logged: string[];
  let live: LiveLibrary;
  const write = (name: string, text: string) =>
    fs.writeFileSync(path.join(dir, name), text);
  const titles = (now: number) =>
    live.current(now).library.articles.map((article) => article.title);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "live-library-"));
    logged = [];
    live = new LiveLibrary(dir, path.join(dir, "public"), (message) =>
      logged.push(message),
    );
    write("first-story.md", story("First story"));
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("sees a new file once the check interval has passed, not before", () => {
    expect(titles(0)).toEqual(["First story"]);
    write("second-story.md", story("Second story", "2024-03-02"));
    expect(titles(CONTENT_CHECK_INTERVAL_MS - 1)).toEqual(["First story"]);
    expect(titles(CONTENT_CHECK_INTERVAL_MS)).toEqual([
      "Second story",
      "First story",
    ]);
  });

  it("keeps the same revision while nothing changed", () => {
    const first = live.current(0);
    expect(live.current(CONTENT_CHECK_INTERVAL_MS * 3)).toBe(first);
  });

  it("sees an edit and a deletion", () => {
    write("second-story.md", story("Second story", "2024-03-02"));
    expect(titles(0)).toHaveLength(2);
    write("first-story.md", story("First story, corrected headline"));
    fs.rmSync(path.join(dir, "second-story.md"));
    expect(titles(CONTENT_CHECK_INTERVAL_MS)).toEqual([
      "First story, corrected headline",
    ]);
  });

  it("keeps the last good version of a file broken on a running server and logs file, line and problem", () => {
    expect(titles(0)).toEqual(["First story"]);
    write("first-story.md", story("Broken story", "2024-02-31"));
    write("new-broken-story.md", story("New broken story", "2024-13-01"));
    expect(titles(CONTENT_CHECK_INTERVAL_MS)).toEqual(["First story"]);
    expect(live.current(CONTENT_CHECK_INTERVAL_MS).library.files).toEqual([]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(
      `${path.join(dir, "first-story.md")}:3: date: "2024-02-31" is not a calendar date`,
    );
    expect(logged[0]).toContain(`${path.join(dir, "new-broken-story.md")}:3: date:`);
    expect(logged[0]).toContain("Serving the last good version");
  });

  it("serves the fixed file once it is repaired", () => {
    titles(0);
    write("first-story.md", story("Broken story", "2024-02-31"));
    titles(CONTENT_CHECK_INTERVAL_MS);
    write("first-story.md", story("Repaired story"));
    expect(titles(CONTENT_CHECK_INTERVAL_MS * 2)).toEqual(["Repaired story"]);
  });

  it("throws on a first read with errors, as a build must fail", () => {
    write("first-story.md", story("Broken story", "2024-02-31"));
    expect(() => live.current(0)).toThrow(/first-story\.md:3: date:/);
  });
});

describe("the published content on a running server", () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "published-content-"));
    vi.stubEnv("CONTENT_DIR", dir);
    vi.stubEnv("NODE_ENV", "production");
    // A fresh published-content module: test files share a worker's modules.
    vi.resetModules();
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("publishes a scheduled story once its time has passed, with no change to the files", async () => {
    const due = Date.parse("2024-03-05T09:00:00+09:00");
    fs.writeFileSync(path.join(dir, "first-story.md"), story("First story"));
    fs.writeFileSync(
      path.join(dir, "scheduled-story.md"),
      story("Scheduled story", "2024-03-05T09:00:00+09:00"),
    );
    const { loadPublishedContent } =
      await import("@/lib/content/published-content");
    const before = loadPublishedContent(due - 1);
    expect(before.articles.map((article) => article.title)).toEqual([
      "First story",
    ]);
    expect(before.validUntil).toBe(due);
    expect(loadPublishedContent(due - 1)).toBe(before);
    const after = loadPublishedContent(due);
    expect(after.articles.map((article) => article.title)).toEqual([
      "Scheduled story",
      "First story",
    ]);
    expect(after.revision).toBeGreaterThan(before.revision);
  });
});
