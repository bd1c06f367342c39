// @module-tag site/real
// @module-tag site/fixture
import { describe, expect, it } from "vitest";
import { expectNewestFirst, listingPages } from "../support/listings";
import { getPage } from "../support/site-url";

const FTX = "/articles/busan-announces-partnership-with-ftx";

function count(html: string, pattern: RegExp): number {
  return html.match(pattern)?.length ?? 0;
}

describe("the real site", () => {
  it("serves the index with its stories newest first, each dated and bylined", async () => {
    const { status, html } = await getPage("real", "/");
    expect(status).toBe(200);
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain("Busan Ledger");
    const [front] = await listingPages("real", "/");
    const teasers = front?.teasers ?? [];
    expect(teasers.length).toBeGreaterThan(0);
    expectNewestFirst(
      teasers.map((teaser) => teaser.published),
      "the front page",
    );
    // A no-break space keeps each byline on one line.
    expect(html.match(/By\u00a0/g)).toHaveLength(teasers.length);
  });

  it("serves an article with one h1, its dates, attribution and updates", async () => {
    const { status, html } = await getPage("real", FTX);
    expect(status).toBe(200);
    expect(count(html, /<h1[\s>]/g)).toBe(1);
    expect(html).toContain(
      "<h1>Busan announces partnership with FTX to build blockchain business solutions</h1>",
    );
    expect(html).toMatch(
      /<title>Busan announces partnership with FTX[^<]*· Busan Ledger<\/title>/,
    );
    expect(html).toMatch(
      /<meta name="description" content="Busan has partnered with FTX/,
    );
    expect(html).toContain(
      '<time dateTime="2022-08-31T00:00:00+09:00">31 August 2022</time>',
    );
    expect(html).toContain("Originally published by");
    expect(html).toMatch(/min read/);
    // The notes follow the body, newest first, each dated once in its label.
    expect(html).toMatch(
      /<strong>Update<\/strong>, <time dateTime="2023-11-02T00:00:00\+09:00">2 November 2023<\/time><\/p><p class="note-text">FTX founder Sam Bankman-Fried was convicted of fraud.<\/p>[\s\S]*<strong>Update<\/strong>, <time dateTime="2022-11-11T00:00:00\+09:00">11 November 2022<\/time><\/p><p class="note-text">FTX filed for bankruptcy.<\/p>/,
    );
    expect(html.indexOf('id="notes"')).toBeGreaterThan(
      html.indexOf('class="prose"'),
    );
    expect(html).toContain("Amy Woo");
    expect(html).toMatch(/<a href="\/">← Back to the latest stories<\/a>/);
    expect(html).toMatch(/<main id="content"/);
  });

  it.each([
    "/articles/no-such-story",
    "/no-such-page",
    "/articles/BUSAN-ANNOUNCES-PARTNERSHIP-WITH-FTX",
    `${FTX}.md`,
    // The newsroom is the preview's (npm run dev) alone.
    "/newsroom",
  ])("answers %s with the site 404 page and status 404", async (pathname) => {
    const { status, html } = await getPage("real", pathname);
    expect(status).toBe(404);
    expect(html).toContain("Page not found");
    expect(html).toContain("Busan Ledger");
  });
});

describe("a fixture content folder", () => {
  it("shows a newly added newest article first, with no code change", async () => {
    const { html } = await getPage("fixture", "/");
    const order = [...html.matchAll(/href="\/articles\/([a-z0-9-]+)"/g)].map(
      (match) => match[1],
    );
    expect(order).toEqual([
      "harbour-authority-opens-registry",
      "long-headline-with-several-notes",
      "fixture-exchange-launch",
      "busan-and-binance-fresh-look",
      "oldest-fixture-story",
    ]);
  });

  it("dates and bylines each teaser on the index", async () => {
    const { html } = await getPage("fixture", "/");
    expect(html).toContain(
      '<time dateTime="2025-01-15T00:00:00+09:00">15 January 2025</time>',
    );
    expect(html).toContain("By\u00a0Fixture Desk");
  });

  it("escapes frontmatter text and keeps the calendar date of the written offset", async () => {
    const { status, html } = await getPage(
      "fixture",
      "/articles/harbour-authority-opens-registry",
    );
    expect(status).toBe(200);
    expect(html).toContain(
      "<h1>Harbour authority opens a public registry &lt;for&gt; “testing”</h1>",
    );
    expect(html).toContain(
      '<time dateTime="2026-03-04T22:30:00-05:00">4 March 2026</time>',
    );
    expect(html).toContain(
      '<a href="https://example.com/original-story">Example Wire</a>',
    );
  });

  it("shows a correction box", async () => {
    const { html } = await getPage(
      "fixture",
      "/articles/fixture-exchange-launch",
    );
    expect(html).toMatch(
      /<strong>Correction<\/strong>, <time dateTime="2025-02-01T00:00:00\+09:00">1 February 2025<\/time>/,
    );
  });
});
