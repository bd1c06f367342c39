// @module-tag site/real
// @module-tag site/fixture
// One truth: for every article, each place that states a date or an address
// states the same one — the page, its <time> elements, JSON-LD, article:* meta,
// the sitemap and all three feeds.
import { describe, expect, it } from "vitest";
import { fetchText, readAtom, readJsonFeed, readRss } from "../support/feeds";
import { readHead } from "../support/head";
import { jsonLdNode } from "../support/json-ld";
import { getPage } from "../support/site-url";
import { readSitemap } from "../support/sitemaps";

const SITE_URL = "https://busanledger.example";

/** "31 August 2022" for the calendar date written at the start of an ISO string. */
function calendarDateText(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso.slice(0, 10)}T00:00:00Z`));
}

describe.each(["real", "fixture"] as const)("the %s site", (site) => {
  it("states each article's dates and addresses the same way everywhere", async () => {
    const [rss, atom, json, sitemap] = await Promise.all([
      fetchText(site, "/feed.xml").then(({ text }) => readRss(text)),
      fetchText(site, "/atom.xml").then(({ text }) => readAtom(text)),
      fetchText(site, "/feed.json").then(({ text }) => readJsonFeed(text)),
      fetchText(site, "/sitemap.xml").then(({ text }) => readSitemap(text)),
    ]);
    expect(atom.length).toBeGreaterThan(1);
    expect(rss.map((item) => item.link)).toEqual(atom.map((item) => item.link));
    expect(json.map((item) => item.link)).toEqual(
      atom.map((item) => item.link),
    );
    const canonicals = new Set<string>();

    for (const [index, atomItem] of atom.entries()) {
      const pageUrl = atomItem.link;
      const { status, html } = await getPage(
        site,
        pageUrl.slice(SITE_URL.length),
      );
      expect(status).toBe(200);
      const head = readHead(html);
      const times = head.document.querySelectorAll(
        ".article-header .meta time",
      );
      const published = times[0]?.getAttribute("datetime") ?? "";
      const updatedTime = times.find((time) =>
        time.text.startsWith("Updated "),
      );
      const modified = updatedTime?.getAttribute("datetime") ?? published;

      // The visible dates are the calendar dates of the machine-readable ones.
      expect(times[0]?.text).toBe(calendarDateText(published));
      if (updatedTime)
        expect(updatedTime.text).toBe(`Updated ${calendarDateText(modified)}`);

      const article = jsonLdNode(html, "NewsArticle");
      expect(article.datePublished).toBe(published);
      expect(article.dateModified).toBe(modified);
      expect(head.metaOne("article:published_time")).toBe(published);
      expect(head.metaOne("article:modified_time")).toBe(modified);

      // Feeds state instants in UTC; they must be the same instants.
      const publishedMs = Date.parse(published);
      const modifiedMs = Date.parse(modified);
      expect(rss[index]?.publishedMs).toBe(publishedMs);
      expect(atomItem.publishedMs).toBe(publishedMs);
      expect(json[index]?.publishedMs).toBe(publishedMs);
      expect(atomItem.modifiedMs).toBe(modifiedMs);
      expect(json[index]?.modifiedMs).toBe(modifiedMs);

      // Feed ids and JSON-LD name this page; the sitemap lists it under its canonical, if it is ours.
      expect([rss[index]?.id, atomItem.id, json[index]?.id]).toEqual([
        pageUrl,
        pageUrl,
        pageUrl,
      ]);
      expect(article.mainEntityOfPage).toEqual({
        "@type": "WebPage",
        "@id": pageUrl,
      });
      const canonical = head.links("canonical")[0]?.href ?? "";
      const listed = sitemap.find((url) => url.loc === pageUrl);
      if (canonical === pageUrl) {
        expect(listed?.lastmod).toBe(modified);
        canonicals.add(canonical);
      } else {
        expect(listed).toBeUndefined();
      }
    }

    // Every other page the sitemap lists (index, listings, tags, timeline) names itself as canonical.
    for (const { loc } of sitemap) {
      if (canonicals.has(loc)) continue;
      const { status, html } = await getPage(site, new URL(loc).pathname);
      expect(status, loc).toBe(200);
      // Next writes the site root without its trailing slash; URL parsing (as crawlers do) adds it.
      canonicals.add(
        new URL(readHead(html).links("canonical")[0]?.href ?? "").href,
      );
    }
    expect(new Set(sitemap.map((url) => url.loc))).toEqual(canonicals);
  });
});
