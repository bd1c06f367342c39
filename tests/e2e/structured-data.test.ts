// @module-tag site/real
// @module-tag site/fixture
// @module-tag site/paged
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readHead } from "../support/head";
import { jsonLdNode } from "../support/json-ld";
import { pngSize } from "../support/png";
import { getPage, siteUrl } from "../support/site-url";

const FTX = "/articles/busan-announces-partnership-with-ftx";
const HARBOUR = "/articles/harbour-authority-opens-registry";
const ISO_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/;

const PUBLISHER = {
  "@type": "NewsMediaOrganization",
  name: "Busan Ledger",
  logo: expect.objectContaining({
    url: "https://busanledger.example/logo.png",
  }),
};

describe("NewsArticle", () => {
  it("carries every property rich results need", async () => {
    const { html } = await getPage("real", FTX);
    const article = jsonLdNode(html, "NewsArticle");
    expect(article).toMatchObject({
      "@id": `https://busanledger.example${FTX}#article`,
      headline:
        "Busan announces partnership with FTX to build blockchain business solutions",
      description: expect.stringMatching(/^Busan has partnered with FTX/),
      datePublished: "2022-08-31T00:00:00+09:00",
      dateModified: "2023-11-02T00:00:00+09:00",
      author: [
        {
          "@type": "Organization",
          name: "CoinJournal",
          url: "https://busanledger.example/authors/coinjournal",
        },
      ],
      publisher: PUBLISHER,
      mainEntityOfPage: {
        "@type": "WebPage",
        "@id": `https://busanledger.example${FTX}`,
      },
      keywords: [
        "Busan",
        "FTX",
        "Binance",
        "Busan Digital Asset Exchange",
        "Education",
      ],
      isBasedOn: {
        publisher: { "@type": "Organization", name: "CoinJournal" },
      },
      sourceOrganization: { "@type": "Organization", name: "CoinJournal" },
    });
    expect(article.datePublished).toMatch(ISO_WITH_OFFSET);
    expect(article.dateModified).toMatch(ISO_WITH_OFFSET);
  });

  it("names an image at least 1200 px wide that the server answers", async () => {
    const { html } = await getPage("real", FTX);
    const [image] = z
      .array(z.object({ url: z.url(), width: z.number() }))
      .parse(jsonLdNode(html, "NewsArticle").image);
    expect(image?.width).toBeGreaterThanOrEqual(1200);
    const response = await fetch(
      siteUrl("real", new URL(image?.url ?? "").pathname),
    );
    expect(pngSize(new Uint8Array(await response.arrayBuffer())).width).toBe(
      image?.width,
    );
  });

  it("names 16:9, 4:3 and 1:1 crops of a lead photo, each ≥ 50,000 px, that the server draws at that size", async () => {
    const { html } = await getPage("paged", "/articles/published-with-image");
    const images = z
      .array(z.object({ url: z.url(), width: z.number(), height: z.number() }))
      .parse(jsonLdNode(html, "NewsArticle").image);
    const crops = images.filter((image) => image.url.includes("/photo/"));
    expect(crops.map((crop) => crop.width / crop.height)).toEqual([
      16 / 9,
      4 / 3,
      1,
    ]);
    for (const crop of crops) {
      expect(crop.width * crop.height).toBeGreaterThanOrEqual(50_000);
      const response = await fetch(
        siteUrl("paged", new URL(crop.url).pathname),
      );
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({
        width: crop.width,
        height: crop.height,
      });
    }
  });

  it("answers 404 for a crop that is not offered", async () => {
    for (const pathname of [
      "/articles/published-with-image/photo/2x1",
      "/articles/no-such-story/photo/1x1",
    ]) {
      expect((await fetch(siteUrl("paged", pathname))).status).toBe(404);
    }
  });

  it("names the original when its address is known, and breadcrumbs lead home", async () => {
    const { html } = await getPage("fixture", HARBOUR);
    expect(jsonLdNode(html, "NewsArticle")).toMatchObject({
      author: [
        {
          "@type": "Person",
          name: "Fixture Desk",
          url: "https://busanledger.example/authors/fixture-desk",
        },
      ],
      isBasedOn: { url: "https://example.com/original-story" },
      sourceOrganization: { name: "Example Wire" },
    });
    expect(jsonLdNode(html, "BreadcrumbList")).toMatchObject({
      itemListElement: [
        {
          "@type": "ListItem",
          position: 1,
          name: "Busan Ledger",
          item: "https://busanledger.example/",
        },
        {
          "@type": "ListItem",
          position: 2,
          name: "Harbour authority opens a public registry <for> “testing”",
          item: `https://busanledger.example${HARBOUR}`,
        },
      ],
    });
  });

  it("cannot be closed early by markup in a headline", async () => {
    const { html } = await getPage("fixture", HARBOUR);
    const [script] = readHead(html).jsonLd;
    expect(script?.raw).toContain("\\u003cfor\\u003e");
    expect(script?.raw).not.toMatch(/[<>]/);
    expect(jsonLdNode(html, "NewsArticle").headline).toBe(
      "Harbour authority opens a public registry <for> “testing”",
    );
  });
});

describe("the index", () => {
  it("describes the site and its publisher", async () => {
    const { html } = await getPage("real", "/");
    expect(jsonLdNode(html, "WebSite")).toMatchObject({
      "@id": "https://busanledger.example/#website",
      url: "https://busanledger.example/",
      name: "Busan Ledger",
      publisher: { "@id": "https://busanledger.example/#organization" },
    });
    expect(jsonLdNode(html, "NewsMediaOrganization")).toMatchObject({
      ...PUBLISHER,
      "@id": "https://busanledger.example/#organization",
      url: "https://busanledger.example/",
    });
  });
});
