// @module-tag site/real
// @module-tag site/fixture
// @module-tag site/paged
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCREENSHOTS, chromiumForThisFile, tabPool } from "../support/chromium";
import { describeFocus } from "../support/keyboard";
import type { SiteName } from "../support/sites";
import { siteUrl } from "../support/site-url";

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const SCHEMES = ["light", "dark"] as const;

const PAGE_TYPES: ReadonlyArray<readonly [string, SiteName, string]> = [
  ["index", "real", "/"],
  ["article", "real", "/articles/busan-announces-partnership-with-ftx"],
  ["tags", "real", "/tags"],
  ["tag", "real", "/tags/busan-digital-asset-exchange"],
  ["search-results", "real", "/search?q=Amy+Woo"],
  ["search-none", "real", "/search?q=zzqx"],
  ["search-empty", "real", "/search"],
  ["timeline", "real", "/timeline"],
  ["not-found", "real", "/no-such-page"],
  ["index-page-2", "paged", "/page/2"],
  ["fixture-article", "fixture", "/articles/harbour-authority-opens-registry"],
  [
    "fixture-notes-and-correction",
    "fixture",
    "/articles/long-headline-with-several-notes",
  ],
  ["about", "real", "/about"],
  ["corrections", "real", "/corrections"],
];

const browser = chromiumForThisFile();

const VIEWPORT = { width: 1280, height: 900 };

// Three tabs: enough to keep the browser busy while a check waits on it.
const tabs = tabPool(browser, 3, { viewport: VIEWPORT });

// Each page loads once, in the next free tab: the checks below only read it (the
// keyboard walk, last, moves focus), and each sets the viewport and colour scheme
// it needs. Three pages are checked side by side (most of a check is waiting on
// the browser); a page's own checks run in order, as they share its viewport.
// No check stores anything (the theme choice is never clicked), so a tab carries
// nothing from one page to the next.
describe.concurrent.each(PAGE_TYPES)("the %s page", (name, site, pathname) => {
  let page: Page;
  beforeAll(async () => {
    page = await tabs.take();
    await page.goto(siteUrl(site, pathname));
  });
  afterAll(() => tabs.give(page));

  it.sequential.each(SCHEMES)(
    "has no axe violations in %s mode",
    async (colorScheme) => {
      await page.setViewportSize(VIEWPORT);
      await page.emulateMedia({ colorScheme });
      // Legacy mode runs axe.run() in the page itself. The default runs each
      // frame's part, then opens a blank page in the context to merge the parts:
      // a renderer started and axe parsed twice per check, for frames these
      // pages do not have. (axe-core/playwright's setLegacyMode)
      const { violations } = await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .setLegacyMode()
        .analyze();
      expect(
        violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`,
        ),
      ).toEqual([]);
      // Saved to be looked at: a phone, a tablet and a laptop, in each scheme.
      for (const width of [375, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({
          path: path.join(SCREENSHOTS, `${name}-${width}-${colorScheme}.png`),
          fullPage: true,
        });
      }
    },
  );

  it.sequential.each([320, 1280])(
    "does not scroll sideways at %i px",
    async (width) => {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    },
  );

  it.sequential(
    "gives every control a tap target of at least 24 px",
    async () => {
      await page.setViewportSize({ width: 375, height: 900 });
      const small = await page.evaluate(() => {
        // WCAG 2.5.8 exempts links inside a sentence: inline, with other text in their block.
        function inRunningText(element: Element): boolean {
          if (getComputedStyle(element).display !== "inline") return false;
          let block = element.parentElement;
          while (block && getComputedStyle(block).display === "inline")
            block = block.parentElement;
          const own = (element.textContent ?? "").trim().length;
          return (block?.textContent ?? "").trim().length > own;
        }
        return [...document.querySelectorAll("a[href], button, input, select")]
          .filter((element) => element.getClientRects().length > 0)
          .filter((element) => !element.closest(".visually-hidden"))
          .filter((element) => !inRunningText(element))
          .map((element) => ({
            element: element.outerHTML.slice(0, 80),
            rect: element.getBoundingClientRect(),
          }))
          .filter(({ rect }) => rect.width < 24 || rect.height < 24)
          .map(
            ({ element, rect }) =>
              `${element} is ${Math.round(rect.width)}×${Math.round(rect.height)}`,
          );
      });
      expect(small).toEqual([]);
    },
  );

  it.sequential(
    "reaches the skip link first, then every control with a visible focus",
    async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      // Numbers every visible control, so the walk below can name which it reached.
      const controls = await page.evaluate(() => {
        const visible = [
          ...document.querySelectorAll<HTMLElement>(
            "a[href], button:not([hidden]), input:not([type=hidden])",
          ),
        ].filter((element) => element.getClientRects().length > 0);
        visible.forEach((element, index) => {
          element.dataset.controlIndex = String(index);
        });
        return visible.length;
      });
      const reached = new Set<string>();
      // A few spare presses: Chromium also stops on scrollable regions (a wide
      // code block). The walk ends when focus leaves the page.
      for (let press = 0; press < controls + 4; press += 1) {
        if (reached.size === controls) break;
        await page.keyboard.press("Tab");
        const focused = await describeFocus(page);
        if (press === 0) expect(focused?.text).toBe("Skip to content");
        if (!focused) break;
        expect(focused.visiblyFocused, JSON.stringify(focused)).toBe(true);
        const index = focused.data.controlIndex;
        if (index !== undefined) reached.add(index);
      }
      const all = Array.from({ length: controls }, (_, index) => String(index));
      expect([...reached].sort()).toEqual(all.sort());
    },
  );
});

describe("printing an article", () => {
  it("hides the navigation and shows link addresses", async () => {
    // A context of its own: print media would stay on a shared tab.
    const context = await browser().newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(
      siteUrl("fixture", "/articles/harbour-authority-opens-registry"),
    );
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => {
      const after = (selector: string) => {
        const link = document.querySelector(selector);
        return link ? getComputedStyle(link, "::after").content : null;
      };
      const shown = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).display !== "none" : null;
      };
      return {
        nav: shown(".site-nav"),
        share: shown(".share"),
        body: shown(".prose"),
        internalLink: after('.prose a[href^="/"]'),
        sourceLink: after(".attribution a"),
      };
    });
    expect(printed).toEqual({
      nav: false,
      share: false,
      body: true,
      internalLink: '" (/articles/fixture-exchange-launch)"',
      sourceLink: '" (https://example.com/original-story)"',
    });
    await context.close();
  });
});
