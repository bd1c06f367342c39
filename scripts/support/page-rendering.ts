// What Chromium did while a page loaded, asked through the DevTools protocol:
// the layout shifts it recorded and the font files it drew text with, and a
// phone's slow link to load over. Shared by the browser tests and the bench
// (scripts/bench/font-shift.mts).
import type { Page } from "playwright-core";
import { z } from "zod";

/** Lighthouse's mobile preset's link, applied for real: pages paint long before fonts arrive. */
export const SLOW_LINK = {
  offline: false,
  latency: 150,
  downloadThroughput: 1_600_000 / 8,
  uploadThroughput: 750_000 / 8,
};

export async function throttleToSlowLink(page: Page): Promise<void> {
  const session = await page.context().newCDPSession(page);
  await session.send("Network.emulateNetworkConditions", SLOW_LINK);
}

/** Call before page.goto: every layout shift from the first paint on is kept. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if ("value" in entry && typeof entry.value === "number")
          shifts.push(entry.value);
    }).observe({ type: "layout-shift", buffered: true });
  });
}

export async function recordedLayoutShifts(page: Page): Promise<number[]> {
  return z
    .array(z.number())
    .parse(await page.evaluate(() => Reflect.get(window, "layoutShifts")));
}

const platformFonts = z.object({
  fonts: z.array(z.object({ familyName: z.string() })),
});

/**
 * The font files Chromium drew an element's text with: with `font-display:
 * optional` a face can be loaded yet not used, so document.fonts cannot say.
 */
export async function renderedFamilies(
  page: Page,
  selector: string,
): Promise<string[]> {
  const session = await page.context().newCDPSession(page);
  await session.send("DOM.enable");
  await session.send("CSS.enable");
  const { root } = await session.send("DOM.getDocument");
  const { nodeId } = await session.send("DOM.querySelector", {
    nodeId: root.nodeId,
    selector,
  });
  if (nodeId === 0) throw new Error(`no ${selector} on ${page.url()}`);
  const { fonts } = platformFonts.parse(
    await session.send("CSS.getPlatformFontsForNode", { nodeId }),
  );
  await session.detach();
  return fonts.map((font) => font.familyName);
}
