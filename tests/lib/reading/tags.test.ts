import { describe, expect, it } from "vitest";
import { tagSlug } from "@/lib/content/tag-slug";
import { kickerTag, tagPath } from "@/lib/reading/tags";
import { frontmatterSchema } from "@/lib/content/schema";
import { makeArticle, siteIndexOf } from "../../support/articles";

describe("tagSlug", () => {
  it.each([
    ["Busan Digital Asset Exchange", "busan-digital-asset-exchange"],
    ["FTX", "ftx"],
    ["  Web3 / DeFi!  ", "web3-defi"],
    ["Café Société", "cafe-societe"],
    ["Ｂｕｓａｎ", "busan"],
    ["부산 블록체인", "부산-블록체인"],
  ])("%s → %s", (tag, slug) => {
    expect(tagSlug(tag)).toBe(slug);
  });

  it("escapes non-ASCII slugs in paths", () => {
    expect(tagPath("부산")).toBe("/tags/%EB%B6%80%EC%82%B0");
  });
});

describe("kickerTag", () => {
  it("skips the site's subject, in any spelling, for the first tag that tells stories apart", () => {
    expect(kickerTag(["Busan", "FTX", "Binance"])).toBe("FTX");
    expect(kickerTag(["busan", "Binance"])).toBe("Binance");
  });

  it("keeps the story's order when the subject comes later", () => {
    expect(kickerTag(["Ports", "Busan"])).toBe("Ports");
  });

  it("gives no kicker when the subject is the only tag", () => {
    expect(kickerTag(["Busan"])).toBeUndefined();
  });
});

describe("the tag index", () => {
  const site = siteIndexOf([
    makeArticle({ slug: "old", date: "2022-01-01", tags: ["busan", "FTX"] }),
    makeArticle({ slug: "new", date: "2023-01-01", tags: ["Busan"] }),
  ]);

  it("lists every tag alphabetically, merging spellings under the newest one", () => {
    expect(
      site.tags().map((tag) => [tag.slug, tag.name, tag.articles.length]),
    ).toEqual([
      ["busan", "Busan", 2],
      ["ftx", "FTX", 1],
    ]);
  });

  it("lists a tag's articles newest first, and knows no unknown tag", () => {
    expect(site.tag("busan")?.articles.map((a) => a.slug)).toEqual([
      "new",
      "old",
    ]);
    expect(site.tag("Busan")).toBeUndefined();
  });
});

describe("the schema's tag rules", () => {
  const base = {
    title: "T",
    date: "2022-01-01",
    summary: "S",
    author: "A",
  };

  it("refuses two tags that would share one tag page", () => {
    const result = frontmatterSchema.safeParse({
      ...base,
      tags: ["Busan DAX", "busan-dax"],
    });
    expect(result.error?.issues[0]?.message).toBe('lists "busan-dax" twice');
  });

  it("refuses a tag with no letters or digits", () => {
    const result = frontmatterSchema.safeParse({ ...base, tags: ["!!"] });
    expect(result.error?.issues[0]?.message).toBe(
      '"!!" has no letters or digits',
    );
  });
});
