import { describe, expect, it } from "vitest";
import { authorPath } from "@/lib/reading/authors";
import { makeArticle, siteIndexOf } from "../../support/articles";

describe("the byline index", () => {
  const site = siteIndexOf([
    makeArticle({
      slug: "a",
      date: "2022-01-01",
      tags: ["x"],
      author: "kim min-ji",
    }),
    makeArticle({
      slug: "b",
      date: "2022-06-01",
      tags: ["x"],
      author: "Wire Desk",
      sourceName: "Wire Desk",
    }),
    makeArticle({
      slug: "c",
      date: "2023-01-01",
      tags: ["x"],
      author: "Kim Min-ji",
    }),
  ]);

  it("merges spellings of one byline under the newest, ordered by each byline's newest story", () => {
    expect(site.authors().map((author) => [author.slug, author.name])).toEqual([
      ["kim-min-ji", "Kim Min-ji"],
      ["wire-desk", "Wire Desk"],
    ]);
    expect(site.author("kim-min-ji")?.articles.map((a) => a.slug)).toEqual([
      "c",
      "a",
    ]);
  });

  it("treats a byline that names the original publisher as an organisation, any other as a person", () => {
    expect(site.author("wire-desk")?.isOrganization).toBe(true);
    expect(site.author("kim-min-ji")?.isOrganization).toBe(false);
  });

  it("knows no byline nobody wrote, and links a byline by its slug", () => {
    expect(site.author("nobody")).toBeUndefined();
    expect(authorPath("Kim Min-ji")).toBe("/authors/kim-min-ji");
  });
});
