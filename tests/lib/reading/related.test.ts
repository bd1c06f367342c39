import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/article";
import { makeArticle, siteIndexOf } from "../../support/articles";

const site = siteIndexOf([
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

function story(slug: string): Article {
  const article = site.article(slug);
  if (!article) throw new Error(`no fixture ${slug}`);
  return article;
}

const related = (slug: string, limit?: number) =>
  site.related(story(slug), limit);
const adjacent = (slug: string) => site.adjacent(story(slug));

describe("related stories", () => {
  it("ranks by shared tags, then recency, never itself", () => {
    expect(slugs(related("a", 5))).toEqual(["b", "d", "f", "c"]);
  });

  it("breaks ties among one-tag matches by recency across tags", () => {
    expect(slugs(related("c", 3))).toEqual(["d", "b", "a"]);
  });

  it("returns nothing for an article sharing no tag", () => {
    expect(related("e")).toEqual([]);
  });
});

describe("older and newer stories", () => {
  it("gives the next older and newer article", () => {
    const { previous, next } = adjacent("c");
    expect([previous?.slug, next?.slug]).toEqual(["b", "d"]);
  });

  it("has no previous for the oldest and no next for the newest", () => {
    expect(adjacent("a").previous).toBeUndefined();
    expect(adjacent("f").next).toBeUndefined();
  });
});
