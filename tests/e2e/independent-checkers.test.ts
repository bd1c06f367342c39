// @module-tag site/real
// @module-tag site/fixture
// @module-tag site/paged
// Issue 12: the served test sites read by tools nobody here wrote. Each test
// names its counts in its title's assertions so a shrinking site cannot pass
// by checking nothing.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { LinkChecker } from "linkinator";
import { describe, expect, it } from "vitest";
import {
  expandJsonLd,
  readWithFeedparser,
  validateHtmlFiles,
  validateSitemapSchema,
} from "../support/checkers";
import { fetchText } from "../support/feeds";
import { readHead } from "../support/head";
import { readJsonFeed11 } from "../support/json-feed";
import { getPage, siteUrl } from "../support/site-url";
import type { SiteName } from "../support/sites";

// As written in the fixtures, with the site's typographic quotes: ", & and < all survive.
const FRESH_LOOK = "Busan & Binance: a <fresh> look at the “blockchain city”";
const HARBOUR = "Harbour authority opens a public registry <for> “testing”";

/** One page of every type the site serves. */
const PAGE_TYPES: readonly (readonly [SiteName, string])[] = [
  ["real", "/"],
  ["real", "/articles/busan-announces-partnership-with-ftx"],
  ["real", "/tags"],
  ["real", "/tags/ftx"],
  ["real", "/timeline"],
  ["real", "/authors/coinjournal"],
  ["real", "/search?q=busan"],
  ["real", "/no-such-page"],
  ["fixture", "/articles/harbour-authority-opens-registry"],
  ["fixture", "/articles/busan-and-binance-fresh-look"],
  ["fixture", "/articles/fixture-exchange-launch"],
  ["fixture", "/authors/fixture-desk"],
  ["paged", "/articles/published-with-image"],
  ["paged", "/page/2"],
  ["paged", "/tags/busan/page/2"],
];

describe("the W3C Nu validator", () => {
  it(`finds 0 errors on ${PAGE_TYPES.length} pages, one of each type`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "busan-ledger-vnu-"));
    const files = await Promise.all(
      PAGE_TYPES.map(async ([site, pathname], index) => {
        const file = path.join(dir, `${index}-${site}.html`);
        writeFileSync(file, (await getPage(site, pathname)).html);
        return file;
      }),
    );
    expect(await validateHtmlFiles(files)).toEqual([]);
  });
});

describe("xmllint with the sitemaps.org schema", () => {
  it.each([
    ["real", "/sitemap.xml"],
    ["real", "/news-sitemap.xml"],
    ["fixture", "/sitemap.xml"],
    ["fixture", "/news-sitemap.xml"],
    ["paged", "/sitemap.xml"],
  ] as const)("validates %s %s", async (site, pathname) => {
    const { text } = await fetchText(site, pathname);
    expect(text).toContain("<url>");
    expect(await validateSitemapSchema(text)).toEqual([]);
  });
});

describe("Debian's python3-feedparser", () => {
  it.each([
    ["/feed.xml", "rss20"],
    ["/atom.xml", "atom10"],
  ])("reads %s without a bozo flag, titles exact", async (feed, version) => {
    const parsed = await readWithFeedparser(
      (await fetchText("fixture", feed)).text,
    );
    expect(parsed.bozo).toBe(false);
    expect(parsed.bozoException).toBe("");
    expect(parsed.version).toBe(version);
    expect(parsed.language).toBe("en");
    expect(parsed.entries.map((entry) => entry.title)).toEqual([
      HARBOUR,
      "Port authority’s registry opens to every operator on the coasts after a long delay and two revisions",
      "Fixture exchange launches",
      FRESH_LOOK,
      "Oldest fixture story",
    ]);
    expect(parsed.entries.map((entry) => entry.author)).toEqual(
      Array(5).fill("Fixture Desk"),
    );
  });

  it.each(["/feed.xml", "/atom.xml"])(
    "finds the page's update notes and CoinJournal credit in %s",
    async (feed) => {
      const parsed = await readWithFeedparser(
        (await fetchText("real", feed)).text,
      );
      const ftx = parsed.entries.find((entry) =>
        entry.id.endsWith("/articles/busan-announces-partnership-with-ftx"),
      );
      expect(ftx?.content).toContain(
        "<strong>Update, 11 November 2022:</strong> FTX filed for bankruptcy.",
      );
      expect(ftx?.content).toContain("Originally published by CoinJournal.");
    },
  );

  it.each(["/feed.xml", "/atom.xml"])(
    "gives the article with a lead photo its image in %s",
    async (feed) => {
      const parsed = await readWithFeedparser(
        (await fetchText("paged", feed)).text,
      );
      expect(parsed.entries[0]?.media).toEqual([
        expect.stringMatching(/^https:\/\/busanledger\.example\/images\/.+/),
      ]);
    },
  );
});

describe("JSON Feed 1.1", () => {
  it.each(["real", "fixture", "paged"] as const)(
    "the %s feed passes the 1.1 schema with no deprecated field",
    async (site) => {
      const feed = readJsonFeed11((await fetchText(site, "/feed.json")).text);
      expect(feed.items.length).toBeGreaterThan(0);
    },
  );

  it("keeps the headline exact and carries the notes and image", async () => {
    const fixture = readJsonFeed11(
      (await fetchText("fixture", "/feed.json")).text,
    );
    expect(fixture.items.map((item) => item.title)).toContain(FRESH_LOOK);
    const launch = fixture.items.find((item) =>
      item.id.endsWith("/fixture-exchange-launch"),
    );
    expect(launch?.content_html).toContain(
      "<strong>Correction, 1 February 2025:</strong> A fixture correction.",
    );
    const drafts = readJsonFeed11(
      (await fetchText("paged", "/feed.json")).text,
    );
    expect(drafts.items[0]?.image).toMatch(
      /^https:\/\/busanledger\.example\/images\//,
    );
  });
});

describe("jsonld expansion", () => {
  it(`expands every block on ${PAGE_TYPES.length} pages`, async ({
    annotate,
  }) => {
    let blocks = 0;
    for (const [site, pathname] of PAGE_TYPES) {
      for (const { value } of readHead((await getPage(site, pathname)).html)
        .jsonLd) {
        const expanded = await expandJsonLd(value);
        expect(expanded.length).toBeGreaterThan(0);
        blocks += 1;
      }
    }
    // Index, article, tags, tag, timeline, author ×2, three more articles, two listings.
    expect(blocks).toBeGreaterThanOrEqual(12);
    await annotate(`${blocks} JSON-LD blocks expanded`);
  });
});

describe("linkinator", () => {
  it.for(["real", "fixture"] as const)(
    "finds 0 broken internal links over the whole %s site",
    { timeout: 120_000 },
    async (site, { annotate }) => {
      const base = siteUrl(site, "");
      const result = await new LinkChecker().check({
        path: `${base}/`,
        recurse: true,
        concurrency: 4,
        timeout: 20_000,
        // Only the served site: external addresses need the internet, and
        // https://busanledger.example is the build's public origin, not this server.
        linksToSkip: async (link) => !link.startsWith(base),
      });
      const checked = result.links.filter((link) => link.state !== "SKIPPED");
      const broken = checked.filter((link) => link.state === "BROKEN");
      expect(broken.map((link) => `${link.url} (from ${link.parent})`)).toEqual(
        [],
      );
      expect(checked.length).toBeGreaterThan(20);
      await annotate(`${checked.length} internal links checked`);
    },
  );
});
