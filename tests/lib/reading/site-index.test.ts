import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FIXTURES } from "../../support/fixtures";

afterEach(() => {
  vi.unstubAllEnvs();
});

// Test files share a worker's modules (vitest.config.mts), so the index an
// earlier file built would otherwise still be memoised here.
async function freshSiteIndex(contentDir: string) {
  vi.resetModules();
  vi.stubEnv("CONTENT_DIR", contentDir);
  const { getSiteIndex } = await import("@/lib/reading/site-index");
  return getSiteIndex;
}

describe("getSiteIndex", () => {
  it("looks articles up by slug in the published list, newest first", async () => {
    const site = (await freshSiteIndex(path.join(FIXTURES, "site")))();
    expect(site.articles[0]?.slug).toBe("harbour-authority-opens-registry");
    expect(site.article("oldest-fixture-story")?.title).toBe(
      "Oldest fixture story",
    );
    expect(site.article("../package")).toBeUndefined();
    expect(Object.isFrozen(site.articles)).toBe(true);
  });

  it("is built once per process outside dev", async () => {
    const getSiteIndex = await freshSiteIndex(path.join(FIXTURES, "site"));
    expect(getSiteIndex()).toBe(getSiteIndex());
  });

  it("leaves drafts and scheduled stories out of a production build", async () => {
    const site = (await freshSiteIndex(path.join(FIXTURES, "drafts")))();
    expect(site.articles.map((article) => article.slug)).toEqual([
      "published-with-image",
    ]);
  });

  it("gives a lead image with the size read from the file", async () => {
    const site = (await freshSiteIndex(path.join(FIXTURES, "drafts")))();
    const article = site.article("published-with-image");
    expect(article && site.leadImage(article)).toEqual({
      src: "/images/examples/harbour-bands.png",
      alt: "Bands of sky, sand and sea, an illustration",
      credit: "Illustration: Busan Ledger",
      width: 1200,
      height: 675,
    });
  });
});

describe("getSiteIndex in next dev", () => {
  it("leaves a broken file out and keeps serving the rest, with its problems", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const site = (
      await freshSiteIndex(path.join(FIXTURES, "rules", "links"))
    )();
    const slugs = site.articles.map((article) => article.slug);
    expect(slugs).toContain("target-story");
    expect(slugs).not.toContain("linking-story");
    expect(site.problems).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/linking-story\.md$/),
        field: "body",
        severity: "error",
      }),
    );
  });
});
