// @module-tag site/real
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumForThisFile } from "../support/chromium";
import { describeFocus, tabTo } from "../support/keyboard";
import { listingPages } from "../support/listings";
import { siteUrl } from "../support/site-url";

const FTX = "/articles/busan-announces-partnership-with-ftx";

const browser = chromiumForThisFile();

/** Tabs to the link with this address inside `within`, and follows it with Enter. */
async function follow(page: Page, href: string, within: string): Promise<void> {
  for (;;) {
    const focused = await tabTo(page, (element) => element.href === href);
    expect(focused.visiblyFocused).toBe(true);
    const inside = await page.evaluate(
      (selector) => document.activeElement?.closest(selector) != null,
      within,
    );
    if (inside) break;
  }
  await Promise.all([
    page.waitForURL(`**${href}`),
    page.keyboard.press("Enter"),
  ]);
}

/** The address and text of the first link a page shows under a selector that passes `keep`. */
async function firstLink(
  page: Page,
  selector: string,
  keep: (href: string) => boolean = () => true,
): Promise<{ href: string; text: string }> {
  const links = await page.$$eval(selector, (elements) =>
    elements.map((element) => ({
      href: element.getAttribute("href") ?? "",
      text: element.textContent ?? "",
    })),
  );
  const link = links.find(({ href }) => keep(href));
  if (!link) throw new Error(`${page.url()}: no link under ${selector}`);
  return link;
}

/** Whether a listing's first page shows a story other than `story`. */
async function listsAnotherStory(
  path: string,
  story: string,
): Promise<boolean> {
  const [first] = await listingPages("real", path);
  return (first?.teasers ?? []).some((teaser) => teaser.href !== story);
}

// The route is read from the pages, so any stories content/ holds will do.
describe("a keyboard-only reader", () => {
  it("goes index → article → tag → article → older/newer article → search → 404", async () => {
    const page = await browser().newPage({
      viewport: { width: 375, height: 800 },
    });
    await page.goto(siteUrl("real"));

    const story = await firstLink(page, ".article-list .teaser-title a");
    await follow(page, story.href, ".article-list");
    expect(await page.locator("h1").textContent()).toBe(story.text);

    const tags = await page.$$eval(".article-footer .tag-list a", (links) =>
      links.map((link) => link.getAttribute("href") ?? ""),
    );
    const checks = await Promise.all(
      tags.map((href) => listsAnotherStory(href, story.href)),
    );
    const tag = await firstLink(
      page,
      ".article-footer .tag-list a",
      (href) => checks[tags.indexOf(href)] === true,
    );
    await follow(page, tag.href, ".article-footer");
    expect(await page.locator("h1").textContent()).toBe(`Tagged ${tag.text}`);

    const other = await firstLink(
      page,
      ".article-list .teaser-title a",
      (href) => href !== story.href,
    );
    await follow(page, other.href, ".article-list");
    expect(await page.locator("h1").textContent()).toBe(other.text);

    const neighbour = await firstLink(page, ".article-pager a");
    await follow(page, neighbour.href, ".article-pager");
    const headline = (await page.locator("h1").textContent()) ?? "";
    expect(headline.length).toBeGreaterThan(0);
    expect(neighbour.text).toContain(headline);

    await follow(page, "/search", ".site-nav");
    const search = await tabTo(page, (element) => element.tag === "input");
    expect(search.visiblyFocused).toBe(true);
    await page.keyboard.type("Amy Woo");
    await Promise.all([
      page.waitForURL("**/search?q=Amy+Woo"),
      page.keyboard.press("Enter"),
    ]);
    const ftxResult = page.locator(".search-results li", {
      has: page.locator(`a[href="${FTX}"]`),
    });
    expect(await ftxResult.locator("mark").allTextContents()).toEqual([
      "Amy Woo",
    ]);
    await follow(page, FTX, ".search-results");

    const response = await page.goto(siteUrl("real", "/no-such-story"));
    expect(response?.status()).toBe(404);
    await page.keyboard.press("Tab");
    expect((await describeFocus(page))?.text).toBe("Skip to content");
    await follow(page, "/", "main");
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.locator(".article-list > li").count()).toBeGreaterThan(0);
    await page.close();
  });

  it("follows a teaser's headline with a click to the story it names", async () => {
    const page = await browser().newPage();
    await page.goto(siteUrl("real"));
    const firstLink = page.locator(".article-list .teaser-title a").first();
    const headline = await firstLink.textContent();
    await firstLink.click();
    await page.waitForURL(/\/articles\//);
    await expect.poll(() => page.locator("h1").textContent()).toBe(headline);
    await page.close();
  });

  it("copies an article's address with the copy-link button", async () => {
    const context = await browser().newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await page.goto(siteUrl("real", FTX));
    const button = await tabTo(page, (element) => element.text === "Copy link");
    expect(button.tag).toBe("button");
    expect(button.visiblyFocused).toBe(true);
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".copy-status").textContent())
      .toBe("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://busanledger.example${FTX}`,
    );
    await context.close();
  });
});
