// Real-browser tests use Debian's Chromium. Where it is missing and we are root,
// install it; otherwise stop with the one command that fixes it.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { ROOT } from "./sites";
import { CHROMIUM_PATH, launchChromium } from "../../scripts/support/chromium";

export { launchChromium };

export function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() === 0) {
    execSync("apt-get update -qq && apt-get install -y -qq chromium", {
      stdio: "inherit",
    });
    return;
  }
  throw new Error(
    "Chromium is missing. Install it with: sudo apt-get install -y chromium",
  );
}

export const SCREENSHOTS = path.join(ROOT, "test-results/screenshots");

/** One Chromium for the calling test file, launched before its tests and closed after. */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium did not start");
    return browser;
  };
}

export interface TabPool {
  /** An open tab, once one is free; navigate it to the page to check. */
  take(): Promise<Page>;
  /** Hands the tab to the next check, still on the last page it showed. */
  give(page: Page): void;
}

/**
 * At most `size` tabs in one context, reused from check to check. Opening a
 * tab starts a renderer, which cost ~1.3 CPU-s a page here; taking an open tab
 * to the next page cost ~0.55 (docs/performance.md). For checks that only read
 * their page and set the viewport and colour scheme they need; the tabs close
 * with the context after the file.
 */
export function tabPool(
  browser: () => Browser,
  size: number,
  options: BrowserContextOptions,
): TabPool {
  let context: Promise<BrowserContext> | undefined;
  let opened = 0;
  const free: Page[] = [];
  const waiting: Array<(page: Page) => void> = [];
  afterAll(async () => {
    await (await context)?.close();
  });
  return {
    async take() {
      const ready = free.pop();
      if (ready) return ready;
      if (opened < size) {
        opened += 1;
        context ??= browser().newContext(options);
        return (await context).newPage();
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    give(page) {
      const next = waiting.shift();
      if (next) next(page);
      else free.push(page);
    },
  };
}
