// @module-tag site/real
// @module-tag site/fixture
// @module-tag site/paged
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { readHead } from "../support/head";
import { pngSize } from "../support/png";
import { getPage, siteUrl } from "../support/site-url";
import type { SiteName } from "../support/sites";

const ARTICLES: Record<"real" | "fixture", string[]> = {
  real: [
    "/articles/binance-says-it-will-help-busan-grow-its-blockchain-industry",
    "/articles/busan-announces-partnership-with-ftx",
  ],
  fixture: [
    "/articles/harbour-authority-opens-registry",
    "/articles/long-headline-with-several-notes",
    "/articles/fixture-exchange-launch",
    "/articles/busan-and-binance-fresh-look",
    "/articles/oldest-fixture-story",
  ],
};

/** The og:image a page names, fetched from the test server. */
async function fetchOgImage(site: SiteName, pagePath: string) {
  const head = readHead((await getPage(site, pagePath)).html);
  const imageUrl = new URL(head.metaOne("og:image"));
  expect(imageUrl.origin).toBe("https://busanledger.example");
  expect(head.metaOne("og:image:width")).toBe("1200");
  expect(head.metaOne("og:image:height")).toBe("630");
  expect(head.metaOne("og:image:alt").length).toBeGreaterThan(10);
  return fetch(siteUrl(site, `${imageUrl.pathname}${imageUrl.search}`));
}

const PAPER = [0xfb, 0xfa, 0xf7];

function pixel(png: PNG, x: number, y: number): number[] {
  const at = (png.width * y + x) * 4;
  return [...png.data.subarray(at, at + 3)];
}

describe("social cards", () => {
  it.each([
    ["real", "/"],
    // Listings declare a large card, so they must name one (issue 12, defect 4).
    ["real", "/tags"],
    ["real", "/tags/ftx"],
    ["real", "/timeline"],
    ["real", "/authors/coinjournal"],
    ["paged", "/page/2"],
    ...ARTICLES.real.map((page) => ["real", page] as const),
    ...ARTICLES.fixture.map((page) => ["fixture", page] as const),
  ] as const)(
    "%s %s names a 1200×630 PNG card that the server answers",
    async (site, pagePath) => {
      const response = await fetchOgImage(site, pagePath);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      const head = readHead((await getPage(site, pagePath)).html);
      expect(head.metaOne("twitter:image")).toBe(head.metaOne("og:image"));
    },
  );

  it("draws a pictured article's card with its lead photo, still 1200×630", async () => {
    const pictured = await fetchOgImage(
      "paged",
      "/articles/published-with-image",
    );
    expect(pictured.status).toBe(200);
    const png = PNG.sync.read(Buffer.from(await pictured.arrayBuffer()));
    expect({ width: png.width, height: png.height }).toEqual({
      width: 1200,
      height: 630,
    });
    // The text column keeps the paper colour; the photo fills the right 480 px.
    expect(pixel(png, 40, 600)).toEqual(PAPER);
    expect(pixel(png, 960, 315)).not.toEqual(PAPER);
    expect(pixel(png, 1190, 10)).not.toEqual(PAPER);
  });

  it("draws an article card once and then serves it from the cache", async () => {
    const card = siteUrl(
      "fixture",
      "/articles/oldest-fixture-story/opengraph-image",
    );
    const first = await fetch(card);
    const firstBytes = new Uint8Array(await first.arrayBuffer());
    const second = await fetch(card);
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(new Uint8Array(await second.arrayBuffer())).toEqual(firstBytes);
  });

  it("answers 404 for the card of an article that does not exist", async () => {
    const response = await fetch(
      siteUrl("real", "/articles/no-such-story/opengraph-image"),
    );
    expect(response.status).toBe(404);
  });

  it("sends the site card's old drawn address to its file, permanently", async () => {
    const response = await fetch(siteUrl("real", "/opengraph-image"), {
      redirect: "manual",
    });
    expect(response.status).toBe(308);
    expect(response.headers.get("location")).toBe("/site-card.png");
  });

  it("serves the publisher logo as a square PNG of at least 112 px", async () => {
    const response = await fetch(siteUrl("real", "/logo.png"));
    expect(response.headers.get("content-type")).toBe("image/png");
    const { width, height } = pngSize(
      new Uint8Array(await response.arrayBuffer()),
    );
    expect(width).toBeGreaterThanOrEqual(112);
    expect(height).toBe(width);
  });
});
