import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/article";
import {
  headlineProblems,
  newArticleText,
  slugFromHeadline,
} from "@/lib/content/new-article";

describe("slugFromHeadline", () => {
  it("keeps lower-case Latin words and digits joined by hyphens", () => {
    expect(slugFromHeadline("Busan's FTX deal: what now?")).toBe(
      "busans-ftx-deal-what-now",
    );
    expect(slugFromHeadline("  Crédit Agricole opens in Busan — 2024 ")).toBe(
      "credit-agricole-opens-in-busan-2024",
    );
  });

  it("returns nothing when no Latin letter or digit is left", () => {
    expect(slugFromHeadline("부산 블록체인")).toBe("");
  });

  it("cuts long headlines at a word boundary", () => {
    const slug = slugFromHeadline("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^(word-)*word$/);
  });
});

describe("newArticleText", () => {
  it("is a valid draft whatever the headline contains", () => {
    const headline = 'Busan: "a #1 city" — or not?';
    const { article, problems } = parseArticle(
      newArticleText(headline, "2024-05-06"),
      "content/new.md",
    );
    expect(problems).toEqual([]);
    // The headline survives the YAML intact; only its quotes are curled, as every title's are.
    expect(article?.title).toBe("Busan: “a #1 city” — or not?");
    expect(article?.date.calendarDate).toBe("2024-05-06");
    expect(article?.draft).toBe(true);
    expect(article?.summary).toMatch(/^TODO/);
    expect(article?.author).toMatch(/^TODO/);
    expect(article?.tags).toEqual([expect.stringMatching(/^TODO/)]);
    expect(article?.body.markdown().trim()).toMatch(/^TODO/);
  });
});

describe("headlineProblems", () => {
  it("accepts a headline the content check accepts", () => {
    expect(
      headlineProblems("Busan's FTX deal: what now?", "content/x.md", "2026-11-22"),
    ).toEqual([]);
  });

  it("refuses a placeholder headline, naming the title line", () => {
    expect(
      headlineProblems("TODO headline", "content/todo-headline.md", "2026-11-22"),
    ).toEqual([
      "content/todo-headline.md:2: title: is a placeholder (give the real headline)",
    ]);
  });
});
