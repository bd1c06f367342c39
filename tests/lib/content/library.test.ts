import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getContentDir, readContentLibrary } from "@/lib/content/library";
import { FIXTURES } from "../../support/fixtures";

// Each test imports the published content afresh: test files share a
// worker's modules (vitest.config.mts).
beforeEach(() => vi.resetModules());
afterEach(() => vi.unstubAllEnvs());

describe("readContentLibrary", () => {
  it("reads a folder newest first, whatever the offsets", () => {
    const { articles, problems } = readContentLibrary(
      path.join(FIXTURES, "site"),
    );
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.slug)).toEqual([
      "harbour-authority-opens-registry",
      "long-headline-with-several-notes",
      "fixture-exchange-launch",
      "busan-and-binance-fresh-look",
      "oldest-fixture-story",
    ]);
    expect(Object.isFrozen(articles)).toBe(true);
  });

  it("lists every problem in every file at once", () => {
    const dir = path.join(FIXTURES, "invalid");
    const { articles, files, problems } = readContentLibrary(dir);
    expect(articles).toEqual([]);
    const withProblems = new Set(
      problems.map((problem) => path.basename(problem.file)),
    );
    expect([...withProblems].sort()).toEqual(fs.readdirSync(dir).sort());
    expect(files.every((file) => file.problems.length > 0)).toBe(true);
    expect(
      problems.filter((problem) => problem.file.endsWith("two-problems.md")),
    ).toHaveLength(2);
  });

  it("holds the real content/ to the content contract", () => {
    const dir = path.resolve("content");
    const { articles, problems } = readContentLibrary(dir);
    expect(problems).toEqual([]);
    const files = fs.readdirSync(dir).filter((name) => name.endsWith(".md"));
    expect(articles.map((article) => `${article.slug}.md`).sort()).toEqual(
      files.sort(),
    );
    for (const article of articles) {
      // Debris of the pages the seed texts were copied from.
      expect(article.body.markdown(), article.slug).not.toMatch(
        /Leave a Reply|Captcha Plus|Featured Image Search|appeared first on/,
      );
    }
  });
});

describe("the published content", () => {
  it("reads CONTENT_DIR when it is set", () => {
    vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "site"));
    expect(getContentDir()).toBe(path.join(FIXTURES, "site"));
  });

  it("throws a ContentError naming every problem when any file is broken", async () => {
    vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "invalid"));
    const content = await import("@/lib/content/published-content");
    const { ContentError: FreshContentError } =
      await import("@/lib/content/problems");
    expect(() => content.loadPublishedContent()).toThrow(FreshContentError);
    expect(() => content.loadPublishedContent()).toThrow(
      /impossible-date\.md:3: date:[\s\S]*two-problems\.md:5: author:/,
    );
  });
});

describe("the preview (dev) with a broken file", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves the broken file out of the site and keeps it, with its problems, for the newsroom", async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-broken-"));
    fs.cpSync(path.join(FIXTURES, "drafts"), dir, { recursive: true });
    fs.copyFileSync(
      path.join(FIXTURES, "invalid", "misspelt-author.md"),
      path.join(dir, "misspelt-author.md"),
    );
    vi.stubEnv("CONTENT_DIR", dir);
    vi.stubEnv("NODE_ENV", "development");
    const content = await import("@/lib/content/published-content");
    const { articles, files } = content.loadPublishedContent();
    expect(articles.map((article) => article.slug)).toEqual([
      "scheduled-story",
      "draft-story",
      "published-with-image",
    ]);
    expect(files.map((file) => file.slug)).toEqual([
      "draft-story",
      "misspelt-author",
      "published-with-image",
      "scheduled-story",
    ]);
    const broken = files.find((file) => file.slug === "misspelt-author");
    expect(broken?.article).toBeNull();
    expect(broken?.problems.map((problem) => problem.field)).toEqual([
      "autor",
      "source.nme",
      "publisher",
    ]);
  });
});

// The content contract every story in content/ keeps, whatever it reports.
describe("the real articles' editor's notes", () => {
  const articles = readContentLibrary(path.resolve("content")).articles;

  it.each(articles.map((article) => [article.slug, article] as const))(
    "%s: its modified date is its newest dated line",
    (_, article) => {
      const dated = [
        article.date,
        ...(article.updated ? [article.updated] : []),
        ...article.updates.map((update) => update.date),
      ].map((date) => date.calendarDate);
      // ISO calendar dates sort as text.
      expect(article.modified.calendarDate).toBe(dated.sort().at(-1));
    },
  );
});
