// @module-tag site/archive
// Size budgets from issue 6, checked on a 200-article archive: bytes, never
// times, so the check is stable on a noisy machine. Page weights are measured
// the way `npm run bench` measures them (scripts/bench/page-weight.ts).
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { measurePage } from "../../scripts/support/page-weight";
import { siteUrl } from "../support/site-url";

const KB = 1024;

// Modern-browser JS (no `nomodule` scripts) of a one-page Next.js 16.4.6 app
// showing static text: 134,904 bytes gzip, measured by `npm run bench`
// (bench/results.json, floor.page.jsModern.gzip). Re-measure when Next.js is upgraded.
const FRAMEWORK_FLOOR_JS_GZIP = 134_904;
const JS_OVER_FLOOR_BUDGET = 5 * KB;
const ARTICLE_HTML_GZIP_BUDGET = 12 * KB;
const CSS_GZIP_BUDGET = 8 * KB;
const MAX_LINKED_ARTICLES = 20;

async function html(pathname: string): Promise<string> {
  const response = await fetch(siteUrl("archive", pathname));
  expect(response.status).toBe(200);
  return response.text();
}

function linkedArticles(page: string): Set<string> {
  return new Set(
    [...page.matchAll(/href="(\/articles\/[^"?#]+)"/g)].flatMap(([, href]) =>
      href ? [href] : [],
    ),
  );
}

async function firstArticlePath(): Promise<string> {
  const [first] = linkedArticles(await html("/"));
  if (!first) throw new Error("the archive's index links no article");
  return first;
}

describe("size budgets on a 200-article archive", () => {
  it("keeps an article page's HTML under 12 KB gzip", async () => {
    const page = await html(await firstArticlePath());
    expect(gzipSync(page).length).toBeLessThan(ARTICLE_HTML_GZIP_BUDGET);
  });

  it("ships at most the framework floor plus 5 KB gzip of JS to a modern browser", async () => {
    for (const pathname of ["/", await firstArticlePath()]) {
      const weight = await measurePage(siteUrl("archive"), pathname);
      expect(weight?.scripts).toBeGreaterThan(0);
      expect(weight?.jsModern.gzip).toBeLessThanOrEqual(
        FRAMEWORK_FLOOR_JS_GZIP + JS_OVER_FLOOR_BUDGET,
      );
    }
  });

  it("keeps the stylesheets of the index and an article under 8 KB gzip", async () => {
    for (const pathname of ["/", await firstArticlePath()]) {
      const weight = await measurePage(siteUrl("archive"), pathname);
      expect(weight?.cssGzip).toBeGreaterThan(0);
      expect(weight?.cssGzip).toBeLessThanOrEqual(CSS_GZIP_BUDGET);
    }
  });

  it("does not grow an article page with the archive", async () => {
    const articlePath = await firstArticlePath();
    const links = linkedArticles(await html(articlePath));
    links.delete(articlePath);
    expect(links.size).toBeLessThanOrEqual(MAX_LINKED_ARTICLES);
  });

  it("paginates the index and tag pages: at most 20 stories a page, the rest on later pages", async () => {
    const index = await html("/");
    expect(linkedTeasers(index)).toBe(MAX_LINKED_ARTICLES);
    expect(index).toMatch(
      /<a[^>]+href="\/page\/2"[^>]*rel="next"|rel="next"[^>]*href="\/page\/2"/,
    );
    // 200 articles at 20 a page: page 10 is the last one, page 11 does not exist.
    expect(linkedTeasers(await html("/page/10"))).toBe(MAX_LINKED_ARTICLES);
    expect((await fetch(siteUrl("archive", "/page/11"))).status).toBe(404);
    const tagPath = /href="(\/tags\/[^"/]+)"/.exec(index)?.[1];
    if (!tagPath) throw new Error("the archive's index links no tag");
    expect(linkedTeasers(await html(tagPath))).toBeLessThanOrEqual(
      MAX_LINKED_ARTICLES,
    );
  });
});

/** Stories listed as teasers: each teaser's headline links its article once. */
function linkedTeasers(page: string): number {
  return [...page.matchAll(/class="teaser-title"><a href="\/articles\//g)]
    .length;
}
