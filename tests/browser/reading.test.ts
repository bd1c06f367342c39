// @module-tag site/real
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCREENSHOTS, chromiumForThisFile } from "../support/chromium";
import { siteUrl } from "../support/site-url";

const browser = chromiumForThisFile();

describe("a reader in Chromium", () => {
  it("opens the index, follows an article link and sees its headline", async () => {
    const page = await browser().newPage();
    await page.goto(siteUrl("real"));
    const firstLink = page.locator(".article-list .teaser-title a").first();
    const headline = await firstLink.textContent();
    await firstLink.click();
    await page.waitForURL(/\/articles\//);
    await expect.poll(() => page.locator("h1").textContent()).toBe(headline);
    await page.close();
  });

  it.each([375, 1280])(
    "renders at %i px wide without sideways scrolling",
    async (width) => {
      const page = await browser().newPage({
        viewport: { width, height: 900 },
      });
      for (const [name, pathname] of [
        ["index", "/"],
        ["article", "/articles/busan-announces-partnership-with-ftx"],
      ] as const) {
        await page.goto(siteUrl("real", pathname));
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.screenshot({
          path: path.join(SCREENSHOTS, `${name}-${width}.png`),
          fullPage: true,
        });
      }
      await page.close();
    },
  );

  it("reaches the skip link with the first Tab", async () => {
    const page = await browser().newPage();
    await page.goto(siteUrl("real"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Skip to content",
    );
    await page.close();
  });
});
