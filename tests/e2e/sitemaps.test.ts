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
      "https://busanledger.example/",
      "https://busanledger.example/articles/binance-says-it-will-help-busan-grow-its-blockchain-industry",
      "https://busanledger.example/articles/busan-announces-partnership-with-ftx",
      "https://busanledger.example/authors/coinjournal",
      "https://busanledger.example/tags",
      "https://busanledger.example/tags/binance",
      "https://busanledger.example/tags/busan",
      "https://busanledger.example/tags/busan-digital-asset-exchange",
      "https://busanledger.example/tags/education",
      "https://busanledger.example/tags/ftx",
      "https://busanledger.example/timeline",
    ]);
    // A tag page is dated by the newest change among its own stories.
    expect(
      urls.find((url) => url.loc === "https://busanledger.example/tags/ftx")
        ?.lastmod,
    ).toBe("2023-11-02T00:00:00+09:00");
    // Updated articles carry their latest update date, not the publication date.
    expect(
      urls.find((url) =>
        url.loc.endsWith("/busan-announces-partnership-with-ftx"),
      )?.lastmod,
    ).toBe("2023-11-02T00:00:00+09:00");
    expect(
      urls.find((url) => url.loc === "https://busanledger.example/")?.lastmod,
    ).toBe("2023-11-21T00:00:00+09:00");
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
