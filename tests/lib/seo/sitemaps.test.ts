import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { newsSitemapXml, sitemapEntries } from "@/lib/seo/sitemaps";
import { articleFromFrontmatter, siteIndexOf } from "../../support/articles";
import {
  newsSitemapLocs,
  readNewsSitemap,
  readSitemap,
} from "../../support/sitemaps";
import { validateSitemapSchema } from "../../support/checkers";

const FRESH = articleFromFrontmatter(
  "fresh-story",
  `title: Port <opens> "new" registry & more
date: 2026-11-20T09:00:00+09:00
summary: S.
author: Desk
tags: [Busan]`,
);
const SYNDICATED = articleFromFrontmatter(
  "syndicated-story",
  `title: Syndicated
date: 2026-11-20T10:00:00+09:00
summary: S.
author: CoinJournal
source:
  name: CoinJournal
tags: [Busan]`,
);

beforeEach(() =>
  vi.stubEnv("BUSAN_LEDGER_SITE_URL", "https://ledger.example/"),
);
afterEach(() => vi.unstubAllEnvs());

describe("newsSitemapXml", () => {
  it("lists our articles of the last two days with escaped titles, and no syndicated piece", () => {
    const xml = newsSitemapXml(
      [SYNDICATED, FRESH],
      FRESH.date.epochMs + 3600_000,
    );
    expect(xml).toContain("Port &lt;opens&gt;");
    expect(readNewsSitemap(xml)).toEqual([
      {
        loc: "https://ledger.example/articles/fresh-story",
        "news:news": {
          "news:publication": {
            "news:name": "Busan Ledger",
            "news:language": "en",
          },
          "news:publication_date": "2026-11-20T09:00:00+09:00",
          "news:title": "Port <opens> “new” registry & more",
        },
      },
    ]);
  });

  it("three days later lists only the home page, never an empty urlset", async () => {
    const xml = newsSitemapXml([FRESH], FRESH.date.epochMs + 3 * 86_400_000);
    expect(readNewsSitemap(xml)).toEqual([]);
    expect(newsSitemapLocs(xml)).toEqual(["https://ledger.example/"]);
    expect(await validateSitemapSchema(xml)).toEqual([]);
  });

  it("holds at most Google's 1,000 newest URLs", () => {
    // Copies of one parsed article under other slugs: parsing 1,001 would take seconds.
    const many = Array.from({ length: 1001 }, (_, index) => ({
      ...FRESH,
      slug: `story-${index}`,
    }));
    const xml = newsSitemapXml(many, FRESH.date.epochMs + 3600_000);
    const locs = newsSitemapLocs(xml);
    expect(locs).toHaveLength(1000);
    expect(locs[0]).toBe("https://ledger.example/articles/story-0");
    expect(locs).not.toContain("https://ledger.example/articles/story-1000");
  });

  it("is valid under the sitemaps.org schema with news entries", async () => {
    const xml = newsSitemapXml([FRESH], FRESH.date.epochMs + 3600_000);
    expect(await validateSitemapSchema(xml)).toEqual([]);
  });
});

describe("sitemapEntries", () => {
  it("dates each page by the newest change among its own articles", () => {
    const entries = sitemapEntries(siteIndexOf([SYNDICATED, FRESH]));
    expect(entries).toEqual([
      {
        url: "https://ledger.example/",
        lastModified: "2026-11-20T10:00:00+09:00",
      },
      {
        url: "https://ledger.example/articles/syndicated-story",
        lastModified: "2026-11-20T10:00:00+09:00",
      },
      {
        url: "https://ledger.example/articles/fresh-story",
        lastModified: "2026-11-20T09:00:00+09:00",
      },
      {
        url: "https://ledger.example/tags",
        lastModified: "2026-11-20T10:00:00+09:00",
      },
      {
        url: "https://ledger.example/timeline",
        lastModified: "2026-11-20T10:00:00+09:00",
      },
      {
        url: "https://ledger.example/tags/busan",
        lastModified: "2026-11-20T10:00:00+09:00",
      },
      {
        url: "https://ledger.example/authors/coinjournal",
        lastModified: "2026-11-20T10:00:00+09:00",
      },
      {
        url: "https://ledger.example/authors/desk",
        lastModified: "2026-11-20T09:00:00+09:00",
      },
    ]);
  });

  it("lists every page of a long listing, each with its own date", () => {
    const many = Array.from({ length: 21 }, (_, index) =>
      articleFromFrontmatter(
        `story-${index}`,
        `title: Story ${index}
date: 2026-10-${String(31 - index).padStart(2, "0")}
summary: S.
author: Desk
tags: [Ports]`,
      ),
    );
    const byUrl = new Map(
      sitemapEntries(siteIndexOf(many)).map((page) => [
        page.url,
        page.lastModified,
      ]),
    );
    expect(byUrl.get("https://ledger.example/")).toBe(
      "2026-10-31T00:00:00+09:00",
    );
    // The 21st story, alone on page 2, is dated 11 October.
    expect(byUrl.get("https://ledger.example/page/2")).toBe(
      "2026-10-11T00:00:00+09:00",
    );
    expect(byUrl.get("https://ledger.example/tags/ports/page/2")).toBe(
      "2026-10-11T00:00:00+09:00",
    );
    expect(byUrl.has("https://ledger.example/page/3")).toBe(false);
  });

  it("lists only the index when there are no articles", () => {
    expect(sitemapEntries(siteIndexOf([]))).toEqual([
      { url: "https://ledger.example/" },
    ]);
  });
});

// readSitemap is the strict reader the e2e tests rely on; make sure it can say no.
describe("the strict sitemap reader", () => {
  it("refuses a relative loc, a bad lastmod and an unknown element", () => {
    const wrap = (url: string) =>
      `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>${url}</url></urlset>`;
    expect(() => readSitemap(wrap("<loc>/articles/x</loc>"))).toThrow();
    expect(() =>
      readSitemap(
        wrap("<loc>https://a.example/</loc><lastmod>31/08/2022</lastmod>"),
      ),
    ).toThrow();
    expect(() =>
      readSitemap(wrap("<loc>https://a.example/</loc><title>x</title>")),
    ).toThrow();
    expect(() =>
      readSitemap(wrap("<loc>https://a.example/?a=1&b=2</loc>")),
    ).toThrow();
    expect(readSitemap(wrap("<loc>https://a.example/</loc>"))).toHaveLength(1);
  });
});
