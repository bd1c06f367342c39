import { describe, expect, it } from "vitest";
import {
  prerenderedArticleCount,
  prerenderedIndexPageParams,
} from "@/lib/reading/prerender";
import { makeArticle, siteIndexOf } from "../../support/articles";

describe("prerenderedArticleCount", () => {
  it("defaults to 50 and reads a whole number", () => {
    expect(prerenderedArticleCount(undefined)).toBe(50);
    expect(prerenderedArticleCount("0")).toBe(0);
    expect(prerenderedArticleCount(" 200 ")).toBe(200);
  });

  it("names the setting and the fix for anything else", () => {
    expect(() => prerenderedArticleCount("lots")).toThrow(
      'PRERENDER_ARTICLES: "lots" is not a whole number (use e.g. PRERENDER_ARTICLES=50, or 0 to render every story on demand)',
    );
    expect(() => prerenderedArticleCount("-1")).toThrow(/not a whole number/);
  });
});

describe("prerenderedIndexPageParams", () => {
  it("builds pages 2 and 3 of a long index, and none of a one-page index", () => {
    const many = Array.from({ length: 95 }, (_, at) =>
      makeArticle({ slug: `story-${at}`, date: "2024-03-01", tags: ["Busan"] }),
    );
    expect(prerenderedIndexPageParams(siteIndexOf(many))).toEqual([
      { page: "2" },
      { page: "3" },
    ]);
    expect(prerenderedIndexPageParams(siteIndexOf(many.slice(0, 20)))).toEqual(
      [],
    );
  });
});
