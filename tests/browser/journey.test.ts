// @module-tag site/real
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumForThisFile } from "../support/chromium";
import { describeFocus, tabTo } from "../support/keyboard";
import { siteUrl } from "../support/site-url";

const BINANCE =
  "/articles/binance-says-it-will-help-busan-grow-its-blockchain-industry";
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

describe("a keyboard-only reader", () => {
  it("goes index → article → tag → article → older/newer article → search → 404", async () => {
    const page = await browser().newPage({
      viewport: { width: 375, height: 800 },
    });
    await page.goto(siteUrl("real"));

    await follow(page, BINANCE, ".article-list");
    expect(await page.locator("h1").textContent()).toContain("Binance says");

    await follow(page, "/tags/busan-digital-asset-exchange", ".article-footer");
    expect(await page.locator("h1").textContent()).toBe(
      "Tagged Busan Digital Asset Exchange",
    );

    await follow(page, FTX, ".article-list");
    await follow(page, BINANCE, ".article-pager");
    expect(await page.locator("h1").textContent()).toContain("Binance says");

    await follow(page, "/search", ".site-nav");
    const search = await tabTo(page, (element) => element.tag === "input");
    expect(search.visiblyFocused).toBe(true);
    await page.keyboard.type("Amy Woo");
    await Promise.all([
      page.waitForURL("**/search?q=Amy+Woo"),
      page.keyboard.press("Enter"),
    ]);
    expect(await page.locator(".search-results li").count()).toBe(1);
    expect(
      await page.locator(".search-results mark").allTextContents(),
    ).toEqual(["Amy", "Woo"]);
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
