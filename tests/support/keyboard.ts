// Keyboard helpers for browser tests: move focus with Tab only, and read what
// the focused element looks like, so tests can prove focus is visible.
import type { Page } from "playwright-core";

export interface FocusedElement {
  readonly tag: string;
  readonly href: string | null;
  readonly text: string;
  /** A 2 px or wider outline, or a box shadow, is drawn around it. */
  readonly visiblyFocused: boolean;
  /** Its data-* attributes: a test may mark elements to know them again. */
  readonly data: Readonly<Record<string, string | undefined>>;
}

export function describeFocus(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline =
      style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    return {
      tag: element.tagName.toLowerCase(),
      href: element.getAttribute("href"),
      text: (element.textContent ?? "").trim(),
      visiblyFocused: outline || style.boxShadow !== "none",
      data: element instanceof HTMLElement ? { ...element.dataset } : {},
    };
  });
}

/** Presses Tab until the focused element matches; fails after `limit` presses. */
export async function tabTo(
  page: Page,
  matches: (focused: FocusedElement) => boolean,
  limit = 80,
): Promise<FocusedElement> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press("Tab");
    const focused = await describeFocus(page);
    if (focused && matches(focused)) return focused;
  }
  throw new Error(`No element matched after ${limit} presses of Tab`);
}
