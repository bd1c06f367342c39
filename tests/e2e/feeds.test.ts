// @module-tag site/real
// @module-tag site/fixture
import { describe, expect, it } from "vitest";
import {
  fetchText,
  readAtom,
  readJsonFeed,
  readRss,
  type ReadItem,
} from "../support/feeds";
import { listingPages } from "../support/listings";
import type { SiteName } from "../support/sites";

const HARBOUR = "/articles/harbour-authority-opens-registry";
const HARBOUR_TITLE =
  "Harbour authority opens a public registry <for> “testing”";

const FEEDS = [
  { path: "/feed.xml", type: "application/rss+xml", read: readRss },
  { path: "/atom.xml", type: "application/atom+xml", read: readAtom },
  { path: "/feed.json", type: "application/feed+json", read: readJsonFeed },
] as const;

async function readFeed(
  site: SiteName,
  feed: (typeof FEEDS)[number],
): Promise<ReadItem[]> {
  const { response, text } = await fetchText(site, feed.path);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain(feed.type);
  return feed.read(text);
}

describe.each(FEEDS)("the $path feed", (feed) => {
  it("lists the front page's stories first, newest first, with absolute links and stable ids", async () => {
    const items = await readFeed("real", feed);
    const [front] = await listingPages("real", "/");
    const shown = (front?.teasers ?? []).map(
      (teaser) => `https://busanledger.example${teaser.href}`,
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(items.slice(0, shown.length).map((item) => item.link)).toEqual(
      shown,
    );
    const published = items.map((item) => item.publishedMs);
    expect(published).toEqual([...published].sort((a, b) => b - a));
    for (const item of items) {
      expect(item.link).toMatch(
        /^https:\/\/busanledger\.example\/articles\/[a-z0-9-]+$/,
      );
      expect(item.id).toBe(item.link);
      expect(item.author.length).toBeGreaterThan(0);
      expect(item.categories.length).toBeGreaterThan(0);
      expect(item.summary.length).toBeGreaterThan(20);
      expect(item.contentHtml).toMatch(/^<p>/);
    }
  });

  it("carries the real articles' titles and dates", async () => {
    const items = await readFeed("real", feed);
    const ftx = items.find((item) =>
      item.link.endsWith("/articles/busan-announces-partnership-with-ftx"),
    );
    expect(ftx?.title).toBe(
      "Busan announces partnership with FTX to build blockchain business solutions",
    );
    expect(ftx?.publishedMs).toBe(Date.parse("2022-08-31T00:00:00+09:00"));
    if (ftx?.modifiedMs !== undefined)
      expect(ftx.modifiedMs).toBe(Date.parse("2023-11-02T00:00:00+09:00"));
    expect(ftx?.contentHtml).toContain("Busan Digital Asset Exchange");
  });

  it("reads the fixture headline back unescaped and gives site-relative links the site address", async () => {
    const items = await readFeed("fixture", feed);
    expect(items.map((item) => item.title)).toEqual([
      HARBOUR_TITLE,
      "Port authority’s registry opens to every operator on the coasts after a long delay and two revisions",
      "Fixture exchange launches",
      "Busan & Binance: a <fresh> look at the “blockchain city”",
      "Oldest fixture story",
    ]);
    const harbour = items[0];
    expect(harbour?.link).toBe(`https://busanledger.example${HARBOUR}`);
    expect(harbour?.categories).toEqual(["Busan", "Ports"]);
    expect(harbour?.contentHtml).toContain(
      'href="https://busanledger.example/articles/fixture-exchange-launch"',
    );
    expect(harbour?.publishedMs).toBe(Date.parse("2026-03-05T03:30:00Z"));
  });
});

describe("feed text", () => {
  it("escapes the fixture headline in the XML feeds and encodes it in JSON", async () => {
    for (const feedPath of ["/feed.xml", "/atom.xml"]) {
      const { text } = await fetchText("fixture", feedPath);
      const titles =
        text.match(/<title[^>]*>.*Harbour authority.*<\/title>/g) ?? [];
      expect(titles).toHaveLength(1);
      // Either CDATA or entities, but never live markup.
      expect(titles[0]).toMatch(
        /<!\[CDATA\[Harbour authority opens a public registry <for> “testing”\]\]>|&lt;for&gt;/,
      );
    }
    const { text } = await fetchText("fixture", "/feed.json");
    expect(text).toContain(
      '"title":"Harbour authority opens a public registry <for> “testing”"',
    );
  });

  it("declares JSON Feed 1.1 with language and authors", async () => {
    const { text } = await fetchText("real", "/feed.json");
    const feed: unknown = JSON.parse(text);
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      language: "en",
      home_page_url: "https://busanledger.example/",
      feed_url: "https://busanledger.example/feed.json",
    });
  });
});
