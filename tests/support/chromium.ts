// Real-browser tests use Debian's Chromium. Where it is missing and we are root,
// install it; otherwise stop with the one command that fixes it.
import { execSync } from "node:child_process";
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

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
