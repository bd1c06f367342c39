import { describe, expect, it } from "vitest";
import type { Article } from "@/lib/content/article";
import {
  canonicalUrl,
  isInNewsSitemap,
  isInSitemap,
  isSyndicated,
} from "@/lib/seo/canonical";
import { articleFromFrontmatter } from "../../support/articles";

function article(source: string): Article {
  return articleFromFrontmatter(
    "a-story",
    `title: A story
date: 2026-11-20T09:00:00+09:00
summary: A summary.
author: Desk
tags: [Busan]
${source}`,
  );
}

const OWN = article("");
const SYNDICATED = article("source:\n  name: CoinJournal\n");
const WITH_ORIGINAL = article(
  "source:\n  name: Example Wire\n  url: https://example.com/original\n",
);

describe("the syndication policy", () => {
  it("keeps our own articles canonical to themselves and in both sitemaps", () => {
    expect(isSyndicated(OWN)).toBe(false);
    expect(canonicalUrl(OWN)).toBe("http://localhost:3000/articles/a-story");
    expect(isInSitemap(OWN)).toBe(true);
    expect(isInNewsSitemap(OWN, OWN.date.epochMs + 1000)).toBe(true);
  });

  it("keeps a syndicated piece without a known original canonical to us, in the sitemap, out of news", () => {
    expect(isSyndicated(SYNDICATED)).toBe(true);
    expect(canonicalUrl(SYNDICATED)).toBe(
      "http://localhost:3000/articles/a-story",
    );
    expect(isInSitemap(SYNDICATED)).toBe(true);
    expect(isInNewsSitemap(SYNDICATED, SYNDICATED.date.epochMs + 1000)).toBe(
      false,
    );
  });

  it("points a piece with a known original at it and leaves it out of both sitemaps", () => {
    expect(canonicalUrl(WITH_ORIGINAL)).toBe("https://example.com/original");
    expect(isInSitemap(WITH_ORIGINAL)).toBe(false);
    expect(isInNewsSitemap(WITH_ORIGINAL, WITH_ORIGINAL.date.epochMs)).toBe(
      false,
    );
  });

  it("holds articles in the news sitemap for two days from publication, not before", () => {
    const published = OWN.date.epochMs;
    expect(isInNewsSitemap(OWN, published)).toBe(true);
    const twoDays = 48 * 3600 * 1000;
    expect(isInNewsSitemap(OWN, published + twoDays)).toBe(true);
    expect(isInNewsSitemap(OWN, published + twoDays + 1)).toBe(false);
    expect(isInNewsSitemap(OWN, published - 1)).toBe(false);
  });
});
