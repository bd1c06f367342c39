// @module-tag site/real
// @module-tag site/fixture
// @module-tag site/staging
import { describe, expect, it } from "vitest";
import { fetchText } from "../support/feeds";
import { linkedPaths, listingPages } from "../support/listings";
import {
  newsSitemapLocs,
  readNewsSitemap,
  readSitemap,
} from "../support/sitemaps";

/** The address of every page of each listing, found by its rel="next" links. */
async function everyPageOf(firstPaths: readonly string[]): Promise<string[]> {
  const listings = await Promise.all(
    firstPaths.map((path) => listingPages("real", path)),
  );
  return listings.flat().map((page) => page.path);
}

describe("/sitemap.xml", () => {
  // The content contract, whatever stories content/ holds: every listing a
  // reader can reach is there, dated. (Articles are matched to their feed
  // entries, dates and all, in consistency.test.ts.)
  it("lists the front page, the tag index, the timeline, every page of the index, of each tag and of each author a reader can reach, each dated, as a strict sitemap", async () => {
    const { response, text } = await fetchText("real", "/sitemap.xml");
    expect(response.headers.get("content-type")).toContain("xml");
    const listed = new Map(
      readSitemap(text).map((url) => [new URL(url.loc).pathname, url.lastmod]),
    );
    const tags = await linkedPaths("real", "/tags", 'a[href^="/tags/"]');
    const articles = await linkedPaths("real", "/", ".teaser-title a");
    const authors = (
      await Promise.all(
        articles.map((path) => linkedPaths("real", path, "a.byline")),
      )
    ).flat();
    expect(tags.length).toBeGreaterThan(0);
    expect(authors.length).toBeGreaterThan(0);
    const listings = await everyPageOf(["/", ...tags, ...authors]);
    for (const path of new Set(["/tags", "/timeline", ...listings]))
      expect(listed.get(path), path).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("dates each page by the newest change among its stories, an update included", async () => {
    const lastmod = new Map(
      readSitemap((await fetchText("fixture", "/sitemap.xml")).text).map(
        (url) => [new URL(url.loc).pathname, url.lastmod],
      ),
    );
    // Published on 15 January 2025, corrected on 1 February: the tag's one story.
    expect(lastmod.get("/articles/fixture-exchange-launch")).toBe(
      "2025-02-01T00:00:00+09:00",
    );
    expect(lastmod.get("/tags/busan-digital-asset-exchange")).toBe(
      "2025-02-01T00:00:00+09:00",
    );
    // The newest story, with the offset it was written with.
    expect(lastmod.get("/")).toBe("2026-03-04T22:30:00-05:00");
  });

  it("leaves out an article whose canonical is the original publisher's page", async () => {
    const urls = readSitemap((await fetchText("fixture", "/sitemap.xml")).text);
    const locs = urls.map((url) => url.loc);
    expect(locs).toContain(
      "https://busanledger.example/articles/fixture-exchange-launch",
    );
    expect(locs.some((loc) => loc.includes("harbour-authority"))).toBe(false);
    expect(locs).not.toContain("https://example.com/original-story");
  });

  it("never lists the preview's newsroom view", async () => {
    const urls = readSitemap((await fetchText("real", "/sitemap.xml")).text);
    expect(urls.map((url) => new URL(url.loc).pathname)).not.toContain(
      "/newsroom",
    );
  });

  it("uses SITE_URL for every address", async () => {
    const urls = readSitemap((await fetchText("staging", "/sitemap.xml")).text);
    expect(urls.length).toBeGreaterThan(1);
    for (const url of urls)
      expect(url.loc).toMatch(/^https:\/\/busanledger\.example\//);
  });
});

describe("/news-sitemap.xml", () => {
  it.each(["real", "fixture"] as const)(
    "has no Google News entry on the %s site (nothing from the last two days that is ours), yet is never an empty urlset",
    async (site) => {
      const { response, text } = await fetchText(site, "/news-sitemap.xml");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("xml");
      expect(readNewsSitemap(text)).toEqual([]);
      expect(newsSitemapLocs(text)).toEqual(["https://busanledger.example/"]);
    },
  );
});

describe("/robots.txt", () => {
  it("allows crawling and names both sitemaps by absolute URL", async () => {
    const { text } = await fetchText("real", "/robots.txt");
    const lines = text.split("\n").map((line) => line.trim());
    expect(lines).toContain("User-Agent: *");
    expect(lines).toContain("Allow: /");
    expect(lines).not.toContain("Disallow: /");
    expect(lines).toContain("Sitemap: https://busanledger.example/sitemap.xml");
    expect(lines).toContain(
      "Sitemap: https://busanledger.example/news-sitemap.xml",
    );
  });

  it("disallows everything on staging", async () => {
    const { text } = await fetchText("staging", "/robots.txt");
    const lines = text.split("\n").map((line) => line.trim());
    expect(lines).toContain("User-Agent: *");
    expect(lines).toContain("Disallow: /");
    expect(lines).not.toContain("Allow: /");
    expect(text).not.toContain("Sitemap:");
  });
});
