// @module-tag site/real
// The policy must not break the site it protects: pages load, hydrate and
// navigate in Chromium with no CSP violation reported.
import { describe, expect, it } from "vitest";
import { chromiumForThisFile } from "../support/chromium";
import { siteUrl } from "../support/site-url";

const browser = chromiumForThisFile();

describe("the Content-Security-Policy in Chromium", () => {
  it("blocks nothing the site itself needs", async () => {
    const page = await browser().newPage();
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (text: string) =>
      violations.push(text),
    );
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = Reflect.get(window, "reportViolation");
        if (typeof report === "function")
          report(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text()))
        violations.push(message.text());
    });

    await page.goto(siteUrl("real", "/"));
    const link = page.locator(".article-list .teaser-title a").first();
    await link.click();
    await page.waitForURL(/\/articles\//);
    await page.goto(siteUrl("real", "/articles/no-such-story"));
    expect(await page.locator("h1").textContent()).toBe("Page not found");
    expect(violations).toEqual([]);
    await page.close();
  });

  it("refuses to be framed by another page", async () => {
    const page = await browser().newPage();
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/frame-ancestors|refused to display/i.test(message.text()))
        blocked.push(message.text());
    });
    await page.setContent(
      `<iframe src="${siteUrl("real", "/")}" width="400" height="300"></iframe>`,
    );
    await expect.poll(() => blocked.length).toBeGreaterThan(0);
    const frame = page
      .frames()
      .find((candidate) => candidate !== page.mainFrame());
    const framedText = await frame
      ?.evaluate(() => document.body?.innerText ?? "")
      .catch(() => "");
    expect(framedText ?? "").not.toContain("Busan Ledger");
    await page.close();
  });
});
