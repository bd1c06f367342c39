// `ROUNDS=3 tsx scripts/bench/tab-cost.mts <site URL>`: what a browser test
// pays per page in Chromium, by how it gets the page: a new context and tab, a
// new tab of one context (also with one renderer process for every tab), or
// the same tab navigated. Ten pages of a running site each way, in turn each
// round; prints the CPU of the browser's whole process tree per page.
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../support/chromium";
import { treeCpuMs } from "./process-tree";
import { median } from "./stats";

const [site] = process.argv.slice(2);
if (!site) throw new Error("usage: tab-cost.mts <site URL>");
const rounds = Number(process.env.ROUNDS ?? 3);
const PATHS = [
  "/",
  "/articles/busan-announces-partnership-with-ftx",
  "/timeline",
  "/tags",
  "/about",
  "/corrections",
  "/search?q=busan",
  "/tags/ftx",
  "/no-such-page",
  "/",
];
const urls = PATHS.map((pathname) => new URL(pathname, site).href);
const VIEWPORT = { width: 1280, height: 900 };

async function load(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
}

async function newTabEach(browser: Browser): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  for (const url of urls) {
    const page = await context.newPage();
    await load(page, url);
    await page.close();
  }
  await context.close();
}

const WAYS: Record<
  string,
  { args: string[]; run: (b: Browser) => Promise<void> }
> = {
  "new context and tab": {
    args: [],
    async run(browser) {
      for (const url of urls) {
        const context = await browser.newContext({ viewport: VIEWPORT });
        await load(await context.newPage(), url);
        await context.close();
      }
    },
  },
  "new tab of one context": { args: [], run: newTabEach },
  "new tab, one renderer process": {
    args: ["--renderer-process-limit=1"],
    run: newTabEach,
  },
  "same tab, navigated": {
    args: [],
    async run(browser) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      for (const url of urls) await load(page, url);
      await context.close();
    },
  },
};

const perPage = new Map<string, number[]>();
for (let round = 1; round <= rounds; round += 1) {
  for (const [way, { args, run }] of Object.entries(WAYS)) {
    const browser = await launchChromium(args);
    // A first page outside the count: the browser's own start-up is not a page's.
    const warm = await browser.newContext({ viewport: VIEWPORT });
    await load(await warm.newPage(), urls[0] ?? site);
    await warm.close();
    const before = treeCpuMs(process.pid);
    await run(browser);
    const used = treeCpuMs(process.pid) - before;
    await browser.close();
    perPage.set(way, [...(perPage.get(way) ?? []), used / urls.length / 1000]);
  }
}
for (const [way, cpu] of perPage)
  console.log(
    `${way}: ${cpu.map((s) => s.toFixed(2)).join(", ")} CPU-s per page (median ${median(cpu).toFixed(2)})`,
  );
