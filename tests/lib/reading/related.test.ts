import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/article";
import {
  adjacentArticles,
  readNext,
  relatedArticles,
} from "@/lib/reading/related";
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

  it("matches a brute-force ranking on a larger list", () => {
    const tagPool = [
      "Busan",
      "FTX",
      "Binance",
      "Ports",
      "Education",
      "Exchange",
    ];
    const many = newestFirst(
      Array.from({ length: 60 }, (_, n) =>
        makeArticle({
          slug: `s${n}`,
          date: new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10),
          tags: tagPool.filter(
            (_, t) => (n * (t + 3)) % (t + 2) === 0 || t === 0,
          ),
        }),
      ),
    );
    for (const article of many) {
      const expected = many
        .map((other, at) => ({
          other,
          at,
          shared: other.tags.filter((tag) => article.tags.includes(tag)).length,
        }))
        .filter(({ other, shared }) => other !== article && shared > 0)
        .sort((x, y) => y.shared - x.shared || x.at - y.at)
        .slice(0, 4)
        .map(({ other }) => other.slug);
      expect(slugs(relatedArticles(many, article.slug, 4))).toEqual(expected);
    }
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

describe("readNext", () => {
  it("never offers a neighbour again as a related story", () => {
    const { related, adjacent } = readNext(articles, "c");
    expect([adjacent.previous?.slug, adjacent.next?.slug]).toEqual(["b", "d"]);
    expect(slugs(related)).toEqual(["a"]);
  });

  it("fills the related list past the neighbours it leaves out", () => {
    expect(slugs(readNext(articles, "a").related)).toEqual(["d", "f", "c"]);
  });
});
