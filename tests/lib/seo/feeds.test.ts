import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { atomFeed, jsonFeed, rssFeed, type FeedArticle } from "@/lib/seo/feeds";
import { articleFromFrontmatter } from "../../support/articles";
import { readAtom, readJsonFeed, readRss } from "../../support/feeds";

const STORY = articleFromFrontmatter(
  "a-story",
  `title: A story
date: 2025-01-01
updated: 2025-02-01
summary: S.
author: Desk
tags: [Busan]`,
);
const ITEMS: FeedArticle[] = [
  {
    article: STORY,
    html: '<p>See <a href="/articles/other">this</a>, <a href="//cdn.example/x">that</a> and <code>a]]>b]]>c</code>.</p>',
  },
];

beforeEach(() => vi.stubEnv("BUSAN_LEDGER_SITE_URL", "https://ledger.example"));
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("feeds", () => {
  it("are byte-identical when rebuilt later from the same content", () => {
    const build = () => [rssFeed(ITEMS), atomFeed(ITEMS), jsonFeed(ITEMS)];
    vi.useFakeTimers({ now: new Date("2025-03-01T00:00:00Z") });
    const first = build();
    vi.setSystemTime(new Date("2026-06-01T00:00:00Z"));
    expect(build()).toEqual(first);
  });

  it("give site-relative links the site address and survive ]]> in the body", async () => {
    for (const items of [
      await readRss(rssFeed(ITEMS)),
      await readAtom(atomFeed(ITEMS)),
      readJsonFeed(jsonFeed(ITEMS)),
    ]) {
      const html = items[0]?.contentHtml ?? "";
      expect(html).toContain('href="https://ledger.example/articles/other"');
      expect(html).toContain('href="//cdn.example/x"');
      expect(html).toMatch(/a\]\](&gt;|>)b\]\](&gt;|>)c/);
    }
  });

  it("escape each format its own way: a tag with markup stays text", async () => {
    const marked = articleFromFrontmatter(
      "marked-tag",
      "title: T\ndate: 2025-01-01\nsummary: S.\nauthor: Desk\ntags: ['<b>bold</b> & co']",
    );
    const items = [{ article: marked, html: "<p>x</p>" }];
    expect((await readAtom(atomFeed(items)))[0]?.categories).toEqual([
      "<b>bold</b> & co",
    ]);
    expect((await readRss(rssFeed(items)))[0]?.categories).toEqual([
      "<b>bold</b> & co",
    ]);
  });

  it("fail with a clear error rather than serve a feed that is not XML", () => {
    // XML 1.0 has no way to write U+0001, escaped or not.
    const bad = articleFromFrontmatter(
      "bad-title",
      'title: "A\\u0001B"\ndate: 2025-01-01\nsummary: S.\nauthor: Desk\ntags: [Busan]',
    );
    expect(() => atomFeed([{ article: bad, html: "<p>x</p>" }])).toThrow(
      /^The Atom feed is not well-formed XML \(\d+:\d+: disallowed character\.\)/,
    );
  });
});
