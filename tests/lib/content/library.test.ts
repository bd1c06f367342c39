import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  getContentDir,
  getVisibleArticle,
  getVisibleArticles,
  readContentLibrary,
} from "@/lib/content/library";
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
      "long-headline-with-several-notes",
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

describe("the published list", () => {
  it("reads CONTENT_DIR when it is set", () => {
    vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "site"));
    expect(getContentDir()).toBe(path.join(FIXTURES, "site"));
    expect(getVisibleArticles()[0]?.slug).toBe(
      "harbour-authority-opens-registry",
    );
    expect(getVisibleArticle("oldest-fixture-story")?.title).toBe(
      "Oldest fixture story",
    );
    expect(getVisibleArticle("../package")).toBeUndefined();
  });

  it("decides the published list once per process outside dev", async () => {
    vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "site"));
    const content = await import("@/lib/content/library");
    const first = content.getVisibleArticles();
    expect(content.getVisibleArticles()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(content.getVisibleArticle("fixture-exchange-launch")).toBe(
      first.find((article) => article.slug === "fixture-exchange-launch"),
    );
  });

  it("throws a ContentError naming every problem when any file is broken", async () => {
    vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "invalid"));
    const content = await import("@/lib/content/library");
    const { ContentError: FreshContentError } = await import("@/lib/content/problems");
    expect(() => content.getVisibleArticles()).toThrow(FreshContentError);
    expect(() => content.getVisibleArticles()).toThrow(
      /impossible-date\.md:3: date:[\s\S]*two-problems\.md:5: author:/,
    );
  });
});

describe("getLeadImage", () => {
  it("gives the image with the size read from the file", async () => {
    vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "drafts"));
    const content = await import("@/lib/content/library");
    const article = content.getVisibleArticle("published-with-image");
    expect(article && content.getLeadImage(article)).toEqual({
      src: "/images/examples/harbour-bands.png",
      alt: "Bands of sky, sand and sea, an illustration",
      credit: "Illustration: Busan Ledger",
      width: 1200,
      height: 675,
    });
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
        expect.stringContaining("filed for bankruptcy"),
        expect.stringContaining("convicted of fraud"),
      ]),
    );
    expect(
      notes("binance-says-it-will-help-busan-grow-its-blockchain-industry"),
    ).toEqual([expect.stringContaining("pleaded guilty")]);
    expect(ftx?.modified.calendarDate).toBe("2023-11-02");
    expect(binance?.modified.calendarDate).toBe("2023-11-21");
  });
});
