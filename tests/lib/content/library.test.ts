import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getContentDir, readContentLibrary } from "@/lib/content/library";
import { FIXTURES } from "../../support/fixtures";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("readContentLibrary", () => {
  it("reads a folder newest first, whatever the offsets", () => {
    const { articles, problems } = readContentLibrary(
      path.join(FIXTURES, "site"),
    );
    expect(problems).toEqual([]);
    expect(articles.map((article) => article.slug)).toEqual([
      "harbour-authority-opens-registry",
      "fixture-exchange-launch",
      "oldest-fixture-story",
    ]);
    expect(Object.isFrozen(articles)).toBe(true);
  });

  it("lists every problem in every file at once", () => {
    const { articles, problems } = readContentLibrary(
      path.join(FIXTURES, "invalid"),
    );
    expect(articles).toEqual([]);
    const files = new Set(
      problems.map((problem) => path.basename(problem.file)),
    );
    expect(files.size).toBe(17);
    expect(
      problems.filter((problem) => problem.file.endsWith("two-problems.md")),
    ).toHaveLength(2);
  });

  it("validates the real content/ folder", () => {
    const { articles, problems } = readContentLibrary(path.resolve("content"));
    expect(problems).toEqual([]);
    expect(articles.length).toBeGreaterThanOrEqual(2);
    for (const article of articles) {
      expect(article.author).toBe("CoinJournal");
      expect(article.source?.name).toBe("CoinJournal");
      expect(article.source?.url).toBeUndefined();
      expect(article.markdown).not.toMatch(
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

describe("the real articles' editor's notes", () => {
  const articles = readContentLibrary(path.resolve("content")).articles;
  const bySlug = (slug: string) =>
    articles.find((article) => article.slug === slug);

  it("say plainly what followed, and their latest date is the modified date", () => {
    const ftx = bySlug("busan-announces-partnership-with-ftx");
    const binance = bySlug(
      "binance-says-it-will-help-busan-grow-its-blockchain-industry",
    );
    const notes = (slug: string) =>
      bySlug(slug)?.updates.map((update) => update.note) ?? [];
    expect(notes("busan-announces-partnership-with-ftx")).toEqual(
      expect.arrayContaining([
        expect.stringContaining("filed for bankruptcy on 11 November 2022"),
        expect.stringContaining("convicted of fraud on 2 November 2023"),
      ]),
    );
    expect(
      notes("binance-says-it-will-help-busan-grow-its-blockchain-industry"),
    ).toEqual([expect.stringContaining("pleaded guilty")]);
    expect(ftx?.modified.calendarDate).toBe("2023-11-02");
    expect(binance?.modified.calendarDate).toBe("2023-11-21");
  });
});
