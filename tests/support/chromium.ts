// Real-browser tests use Debian's Chromium. Where it is missing and we are root,
// install it; otherwise stop with the one command that fixes it.
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { ROOT } from "./sites";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/support/chromium";

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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
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
