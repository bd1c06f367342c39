// Reads a served listing (the index, a tag, an author) the way a reader walks
// it: page after page by its rel="next" link. Tests of the real site state the
// content contract with these instead of counting today's stories.
import { expect } from "vitest";
import { readHead } from "./head";
import { getPage } from "./site-url";
import type { SiteName } from "./sites";

export interface Teaser {
  /** The story's address, site-relative. */
  readonly href: string;
  /** Its publication date as the teaser's <time> states it. */
  readonly published: string;
}

export interface ListingPage {
  readonly path: string;
  readonly html: string;
  readonly teasers: readonly Teaser[];
}

function readTeasers(html: string): Teaser[] {
  return readHead(html)
    .document.querySelectorAll(".teaser")
    .map((teaser) => ({
      href: teaser.querySelector(".teaser-title a")?.getAttribute("href") ?? "",
      published:
        teaser.querySelector(".meta time")?.getAttribute("datetime") ?? "",
    }));
}

/** Every page of a listing from its first, each answering 200. */
export async function listingPages(
  site: SiteName,
  firstPath: string,
): Promise<ListingPage[]> {
  const pages: ListingPage[] = [];
  for (let path: string | undefined = firstPath; path !== undefined;) {
    // A next link back to a page already shown would walk forever.
    expect(
      pages.map((page) => page.path),
      `${firstPath}: next leads back`,
    ).not.toContain(path);
    const { status, html } = await getPage(site, path);
    expect(status, path).toBe(200);
    pages.push({ path, html, teasers: readTeasers(html) });
    path =
      readHead(html)
        .document.querySelector('a[rel="next"]')
        ?.getAttribute("href") ?? undefined;
  }
  return pages;
}

/** Every story a listing shows, over all its pages, in the order shown. */
export async function listedStories(
  site: SiteName,
  firstPath: string,
): Promise<Teaser[]> {
  return (await listingPages(site, firstPath)).flatMap((page) => page.teasers);
}

/** The distinct site-relative addresses of the links a page shows under a selector. */
export async function linkedPaths(
  site: SiteName,
  pathname: string,
  selector: string,
): Promise<string[]> {
  const { status, html } = await getPage(site, pathname);
  expect(status, pathname).toBe(200);
  const hrefs = readHead(html)
    .document.querySelectorAll(selector)
    .map((link) => link.getAttribute("href") ?? "");
  return [...new Set(hrefs)];
}

/** The dates, compared as instants, never get newer down the list. */
export function expectNewestFirst(
  dates: readonly string[],
  label: string,
): void {
  expect(
    dates.every((date) => !Number.isNaN(Date.parse(date))),
    label,
  ).toBe(true);
  const sorted = [...dates].sort((a, b) => Date.parse(b) - Date.parse(a));
  expect(dates, label).toEqual(sorted);
}
