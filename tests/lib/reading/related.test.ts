import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/article";
import { adjacentArticles, relatedArticles } from "@/lib/reading/related";
import { makeArticle, newestFirst } from "../../support/articles";

const articles = newestFirst([
  makeArticle({
    slug: "a",
    date: "2022-01-01",
    tags: ["Busan", "FTX", "Exchange"],
  }),
  makeArticle({
    slug: "b",
    date: "2022-02-01",
    tags: ["Busan", "FTX", "Exchange"],
  }),
  makeArticle({ slug: "c", date: "2022-03-01", tags: ["Busan"] }),
  makeArticle({ slug: "d", date: "2022-04-01", tags: ["Busan", "FTX"] }),
  makeArticle({ slug: "e", date: "2022-05-01", tags: ["Education"] }),
  makeArticle({ slug: "f", date: "2022-06-01", tags: ["Exchange"] }),
]);

function slugs(list: readonly Article[]): string[] {
  return list.map((article) => article.slug);
}

describe("relatedArticles", () => {
  it("ranks by shared tags, then recency, never itself", () => {
    expect(slugs(relatedArticles(articles, "a", 5))).toEqual([
      "b",
      "d",
      "f",
      "c",
    ]);
  });

  it("breaks ties among one-tag matches by recency across tags", () => {
    expect(slugs(relatedArticles(articles, "c", 3))).toEqual(["d", "b", "a"]);
  });

  it("returns nothing for an article sharing no tag, or an unknown slug", () => {
    expect(relatedArticles(articles, "e")).toEqual([]);
    expect(relatedArticles(articles, "zzz")).toEqual([]);
  });
});

describe("adjacentArticles", () => {
  it("gives the next older and newer article", () => {
    const { previous, next } = adjacentArticles(articles, "c");
    expect([previous?.slug, next?.slug]).toEqual(["b", "d"]);
  });

  it("has no previous for the oldest and no next for the newest", () => {
    expect(adjacentArticles(articles, "a").previous).toBeUndefined();
    expect(adjacentArticles(articles, "f").next).toBeUndefined();
  });
});
