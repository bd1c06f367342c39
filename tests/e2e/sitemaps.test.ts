// @module-tag site/real
// @module-tag site/fixture
// @module-tag site/staging
import { describe, expect, it } from "vitest";
import { fetchText } from "../support/feeds";
import {
  newsSitemapLocs,
  readNewsSitemap,
  readSitemap,
} from "../support/sitemaps";

describe("/sitemap.xml", () => {
  it("lists the index, both real articles, the tags and the timeline with lastmod, as a strict sitemap", async () => {
    const { response, text } = await fetchText("real", "/sitemap.xml");
    expect(response.headers.get("content-type")).toContain("xml");
    const urls = readSitemap(text);
    expect(urls.map((url) => url.loc).sort()).toEqual([
      "http://localhost:3000/",
      "http://localhost:3000/articles/binance-says-it-will-help-busan-grow-its-blockchain-industry",
      "http://localhost:3000/articles/busan-announces-partnership-with-ftx",
      "http://localhost:3000/authors/coinjournal",
      "http://localhost:3000/tags",
      "http://localhost:3000/tags/binance",
      "http://localhost:3000/tags/busan",
      "http://localhost:3000/tags/busan-digital-asset-exchange",
      "http://localhost:3000/tags/education",
      "http://localhost:3000/tags/ftx",
      "http://localhost:3000/timeline",
    ]);
    // A tag page is dated by the newest change among its own stories.
    expect(
      urls.find((url) => url.loc === "http://localhost:3000/tags/ftx")?.lastmod,
    ).toBe("2023-11-02T00:00:00+09:00");
    // Updated articles carry their latest update date, not the publication date.
    expect(
      urls.find((url) =>
        url.loc.endsWith("/busan-announces-partnership-with-ftx"),
      )?.lastmod,
    ).toBe("2023-11-02T00:00:00+09:00");
    expect(
      urls.find((url) => url.loc === "http://localhost:3000/")?.lastmod,
    ).toBe("2023-11-21T00:00:00+09:00");
  });

  it("leaves out an article whose canonical is the original publisher's page", async () => {
    const urls = readSitemap((await fetchText("fixture", "/sitemap.xml")).text);
    const locs = urls.map((url) => url.loc);
    expect(locs).toContain(
      "http://localhost:3000/articles/fixture-exchange-launch",
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
      expect(url.loc).toMatch(/^https:\/\/staging\.example\.org\//);
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
      expect(newsSitemapLocs(text)).toEqual(["http://localhost:3000/"]);
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
    expect(lines).toContain("Sitemap: http://localhost:3000/sitemap.xml");
    expect(lines).toContain("Sitemap: http://localhost:3000/news-sitemap.xml");
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
