// `ROUNDS=3 tsx scripts/bench/font-shift.mts <site A> <site B> […]`: loads the
// index and an article of each running site in turn, at 375 and 1280 px, over a
// throttled link (150 ms, 1.6 Mbit/s; FAST=1 for none), each in a fresh browser
// context, and prints the layout shifts seen and the fonts Chromium drew the
// headline with on that first page and on the next one (fonts cached). Sides
// alternate so a noisy machine weighs on each alike (BENCHMARKS.md, issue 11).
import type { BrowserContext, Page } from "playwright-core";
import { launchChromium } from "../support/chromium";
import {
  recordLayoutShifts,
  recordedLayoutShifts,
  renderedFamilies,
  throttleToSlowLink,
} from "../support/page-rendering";

const ARTICLE =
  process.env.ARTICLE ?? "/articles/busan-announces-partnership-with-ftx";
const WIDTHS = [375, 1280];
const sites = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 3);
if (sites.length === 0)
  throw new Error("usage: font-shift.mts <site URL> [<site URL>…]");

/** The headline on the index (the lead teaser's) or on an article. */
function headline(pathname: string): string {
  return pathname === "/" ? ".teaser-title a" : "h1";
}

async function drawnWith(page: Page, selector: string): Promise<string> {
  return (await renderedFamilies(page, selector)).join(" + ");
}

async function throttledPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  if (!process.env.FAST) await throttleToSlowLink(page);
  return page;
}

async function measure(
  context: BrowserContext,
  site: string,
  first: string,
  next: string,
) {
  const page = await throttledPage(context);
  await recordLayoutShifts(page);
  await page.goto(site + first, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(500);
  const shifts = await recordedLayoutShifts(page);
  const firstFont = await drawnWith(page, headline(first));
  await page.goto(site + next, { waitUntil: "load" });
  const nextFont = await drawnWith(page, headline(next));
  return { shifts, firstFont, nextFont };
}

const browser = await launchChromium();
for (let round = 1; round <= rounds; round += 1)
  for (const [first, next] of [
    ["/", ARTICLE],
    [ARTICLE, "/"],
  ] as const)
    for (const width of WIDTHS)
      for (const site of sites) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
        });
        const result = await measure(context, site, first, next);
        await context.close();
        const cls = result.shifts.reduce((sum, value) => sum + value, 0);
        console.log(
          [
            round,
            site,
            first,
            width,
            cls.toFixed(4),
            result.firstFont,
            result.nextFont,
          ].join("\t"),
        );
      }
await browser.close();
