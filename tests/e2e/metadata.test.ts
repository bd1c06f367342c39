// @module-tag site/real
// @module-tag site/fixture
// @module-tag site/staging
import { describe, expect, it } from "vitest";
import { readHead } from "../support/head";
import { getPage } from "../support/site-url";
import type { SiteName } from "../support/sites";

const FTX = "/articles/busan-announces-partnership-with-ftx";
const HARBOUR = "/articles/harbour-authority-opens-registry";
const LAUNCH = "/articles/fixture-exchange-launch";

async function head(site: SiteName, path: string) {
  return readHead((await getPage(site, path)).html);
}

describe("every page head", () => {
  it.each([
    ["real", "/"],
    ["real", FTX],
    ["fixture", HARBOUR],
    ["real", "/no-such-page"],
  ] as const)(
    "%s %s advertises the RSS, Atom and JSON feeds",
    async (site, path) => {
      const links = (await head(site, path)).links("alternate");
      expect(links.map(({ type, href }) => [type, href])).toEqual(
        expect.arrayContaining([
          ["application/rss+xml", "https://busanledger.example/feed.xml"],
          ["application/atom+xml", "https://busanledger.example/atom.xml"],
          ["application/feed+json", "https://busanledger.example/feed.json"],
        ]),
      );
    },
  );

  it.each([
    ["real", "/"],
    ["real", FTX],
    ["fixture", LAUNCH],
  ] as const)(
    "%s %s is indexable with large image previews and a canonical",
    async (site, path) => {
      const page = await head(site, path);
      expect(page.metaOne("robots")).toBe(
        "index, follow, max-image-preview:large",
      );
      const canonicals = page
        .links("canonical")
        .map(({ href }) => new URL(href).href);
      expect(canonicals).toEqual([`https://busanledger.example${path}`]);
    },
  );
});

describe("article metadata", () => {
  it("carries Open Graph, article:* and Twitter tags", async () => {
    const page = await head("real", FTX);
    expect(page.metaOne("og:type")).toBe("article");
    expect(page.metaOne("og:title")).toBe(
      "Busan announces partnership with FTX to build blockchain business solutions",
    );
    expect(page.metaOne("og:description")).toMatch(
      /^Busan has partnered with FTX/,
    );
    expect(page.metaOne("og:url")).toBe(`https://busanledger.example${FTX}`);
    expect(page.metaOne("og:site_name")).toBe("Busan Ledger");
    expect(page.metaOne("og:image")).toMatch(
      new RegExp(`^https://busanledger.example${FTX}/opengraph-image`),
    );
    expect(page.metaOne("article:published_time")).toBe(
      "2022-08-31T00:00:00+09:00",
    );
    expect(page.metaOne("article:modified_time")).toBe(
      "2023-11-02T00:00:00+09:00",
    );
    expect(page.meta("article:tag")).toEqual([
      "Busan",
      "FTX",
      "Binance",
      "Busan Digital Asset Exchange",
      "Education",
    ]);
    expect(page.metaOne("twitter:card")).toBe("summary_large_image");
    expect(page.metaOne("twitter:image")).toBe(page.metaOne("og:image"));
  });

  it("keeps syndicated pieces out of Google News, and only those", async () => {
    expect((await head("real", FTX)).metaOne("Googlebot-News")).toBe("noindex");
    expect((await head("fixture", HARBOUR)).metaOne("Googlebot-News")).toBe(
      "noindex",
    );
    expect((await head("fixture", LAUNCH)).meta("Googlebot-News")).toEqual([]);
  });

  it("points the canonical of a piece with a known original at the original", async () => {
    const { html } = await getPage("fixture", HARBOUR);
    const page = readHead(html);
    expect(page.links("canonical").map((link) => link.href)).toEqual([
      "https://example.com/original-story",
    ]);
    expect(page.metaOne("og:url")).toBe("https://example.com/original-story");
    expect(html).toContain("Originally published by");
  });

  it("escapes the fixture headline in <title> and meta tags", async () => {
    const { html } = await getPage("fixture", HARBOUR);
    expect(html).toContain(
      "<title>Harbour authority opens a public registry &lt;for&gt; “testing” · Busan Ledger</title>",
    );
    expect(html).toContain(
      '<meta property="og:title" content="Harbour authority opens a public registry &lt;for&gt; “testing”"/>',
    );
    expect(html).not.toContain("<for>");
    const page = readHead(html);
    expect(page.metaOne("og:title")).toBe(
      "Harbour authority opens a public registry <for> “testing”",
    );
  });
});

describe("the staging site", () => {
  it.each(["/", HARBOUR, LAUNCH])("marks %s noindex", async (path) => {
    const page = await head("staging", path);
    expect(page.metaOne("robots")).toBe("noindex, nofollow");
  });

  it("builds canonicals and feed links from SITE_URL", async () => {
    const page = await head("staging", LAUNCH);
    expect(page.links("canonical")[0]?.href).toBe(
      `https://busanledger.example${LAUNCH}`,
    );
    expect(page.links("alternate").map((link) => link.href)).toContain(
      "https://busanledger.example/feed.xml",
    );
    expect(page.metaOne("og:image")).toMatch(
      /^https:\/\/busanledger\.example\//,
    );
  });
});
