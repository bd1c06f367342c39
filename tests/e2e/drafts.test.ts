// @module-tag site/paged
import { describe, expect, it } from "vitest";
import { getPage } from "../support/site-url";

const DRAFT = "/articles/draft-story";
const SCHEDULED = "/articles/scheduled-story";
const PUBLISHED = "/articles/published-with-image";

// The paged site carries the drafts fixture (tests/support/paged-fixture.ts).
describe("a production build over drafts and a future-dated article", () => {
  it("lists the published article on the index, not the draft or the scheduled one", async () => {
    const { status, html } = await getPage("paged", "/");
    expect(status).toBe(200);
    expect(html).toContain(`href="${PUBLISHED}"`);
    expect(html).not.toContain(DRAFT);
    expect(html).not.toContain(SCHEDULED);
    expect(html).not.toContain("Unfinished draft story");
    expect(html).not.toContain("Story scheduled for the far future");
    expect(html).not.toMatch(/publication-(label|banner)/);
  });

  it("answers 404 for the draft and the scheduled article", async () => {
    expect((await getPage("paged", DRAFT)).status).toBe(404);
    expect((await getPage("paged", SCHEDULED)).status).toBe(404);
  });
});

describe("a lead image", () => {
  it("is a figure with the file's own width and height, its alt text and credit", async () => {
    const { status, html } = await getPage("paged", PUBLISHED);
    expect(status).toBe(200);
    const figure = html.match(
      /<figure class="lead-image">[\s\S]*?<\/figure>/,
    )?.[0];
    expect(figure).toBeDefined();
    expect(figure).toContain(
      'alt="Bands of sky, sand and sea, an illustration"',
    );
    // The PNG is 1200 × 675; the numbers come from reading it at build time.
    expect(figure).toMatch(/width="1200" height="675"/);
    expect(figure).toContain(
      "<figcaption>Illustration: Busan Ledger</figcaption>",
    );
    expect(figure).toContain(
      "/_next/image?url=%2Fimages%2Fexamples%2Fharbour-bands.png",
    );
  });

  it("is served, resized, by the image optimizer", async () => {
    const { status, headers } = await getPage(
      "paged",
      "/_next/image?url=%2Fimages%2Fexamples%2Fharbour-bands.png&w=640&q=75",
    );
    expect(status).toBe(200);
    expect(headers.get("content-type")).toMatch(/^image\//);
  });
});
