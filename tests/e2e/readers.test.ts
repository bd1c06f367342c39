// @module-tag site/real
// @module-tag site/paged
import { describe, expect, it } from "vitest";
import { readHead } from "../support/head";
import {
  expectNewestFirst,
  listedStories,
  listingPages,
} from "../support/listings";
import { getPage } from "../support/site-url";
import {
  PAGED_ARTICLE_COUNT,
  PICTURED_STORY,
  pagedSlug,
} from "../support/paged-fixture";

const BINANCE =
  "/articles/binance-says-it-will-help-busan-grow-its-blockchain-industry";
const FTX = "/articles/busan-announces-partnership-with-ftx";

function articleLinks(html: string): string[] {
  return [...html.matchAll(/<h2 class="teaser-title"><a href="([^"]+)"/g)].map(
    (match) => match[1] ?? "",
  );
}

function pagedLinks(from: number, to: number): string[] {
  const links: string[] = [];
  for (let n = from; n >= to; n -= 1) links.push(`/articles/${pagedSlug(n)}`);
  return links;
}

// The real site's content grows: these state what holds for any stories in
// content/, read from the pages themselves. Exact counts and lists are pinned
// on the generated "paged" site below.
describe("tags on the real site", () => {
  it("links every tag with a count that matches the stories its pages list", async () => {
    const { status, html } = await getPage("real", "/tags");
    expect(status).toBe(200);
    const tags = readHead(html)
      .document.querySelectorAll(".tag-index li")
      .map((item) => ({
        path: item.querySelector("a")?.getAttribute("href") ?? "",
        count: /^(\d+) stor(?:y|ies)$/.exec(
          item.querySelector(".tag-count")?.text ?? "",
        )?.[1],
      }));
    expect(tags.map((tag) => tag.path)).toContain(
      "/tags/busan-digital-asset-exchange",
    );
    for (const { path, count } of tags) {
      const stories = await listedStories("real", path);
      expect(stories.length, path).toBeGreaterThan(0);
      expect(Number(count), path).toBe(stories.length);
    }
  });

  it("lists a tag's articles newest first, over all its pages", async () => {
    const pages = await listingPages(
      "real",
      "/tags/busan-digital-asset-exchange",
    );
    expect(pages[0]?.html).toContain("Tagged Busan Digital Asset Exchange");
    const stories = pages.flatMap((page) => page.teasers);
    expect(stories.map((story) => story.href)).toEqual(
      expect.arrayContaining([BINANCE, FTX]),
    );
    expectNewestFirst(
      stories.map((story) => story.published),
      "/tags/busan-digital-asset-exchange",
    );
  });

  it.each(["/tags/no-such-tag", "/tags/Busan"])(
    "answers %s with 404",
    async (pathname) => {
      expect((await getPage("real", pathname)).status).toBe(404);
    },
  );

  it.each(["/", "/tags/ftx"])(
    "answers the page after the last of %s with 404",
    async (first) => {
      const pages = await listingPages("real", first);
      const base = first === "/" ? "" : first;
      expect(
        (await getPage("real", `${base}/page/${pages.length + 1}`)).status,
      ).toBe(404);
    },
  );
});

describe("around an article", () => {
  it("links its tags, neighbours and share services, never the same story twice", async () => {
    const { html } = await getPage("real", FTX);
    expect(html).toContain('<a href="/tags/busan-digital-asset-exchange">');
    // Its neighbours are the stories listed just before and after it, newest first.
    const order = (await listedStories("real", "/")).map((story) => story.href);
    const at = order.indexOf(FTX);
    expect(at).toBeGreaterThan(-1);
    const footer = readHead(html).document.querySelector(".article-footer");
    const pager = (name: string) =>
      footer?.querySelector(`a.${name}`)?.getAttribute("href");
    expect(pager("pager-next")).toBe(order[at - 1]);
    expect(pager("pager-previous")).toBe(order[at + 1]);
    // A neighbour is not offered again as related, nor any story twice.
    const stories = (
      footer?.querySelectorAll('a[href^="/articles/"]') ?? []
    ).map((link) => link.getAttribute("href"));
    expect(stories.length).toBeGreaterThan(0);
    expect(stories).toEqual([...new Set(stories)]);
    const url = encodeURIComponent(`https://busanledger.example${FTX}`);
    expect(html).toContain(
      `href="https://www.linkedin.com/sharing/share-offsite/?url=${url}"`,
    );
    expect(html).toMatch(
      /href="https:\/\/x\.com\/intent\/tweet\?text=Busan\+announces/,
    );
    expect(html).toMatch(/href="mailto:\?subject=Busan\+announces[^"]*body=/);
    // No third-party scripts: every script is the site's own.
    for (const [, src] of html.matchAll(/<script[^>]*src="([^"]+)"/g))
      expect(src).toMatch(/^\/_next\//);
    // The copy button stays hidden until JavaScript runs.
    expect(html).toMatch(/<button type="button" class="copy-link" hidden="">/);
  });
});

describe("search, rendered on the server", () => {
  it("finds the article naming Amy Woo, counts what it finds and marks her name", async () => {
    const { status, html } = await getPage("real", "/search?q=Amy+Woo");
    expect(status).toBe(200);
    const found = articleLinks(html);
    expect(found).toContain(FTX);
    // The wording of one and of several is pinned on the paged site.
    const said = /(\d+) stor(?:y matches|ies match) “Amy Woo”\./.exec(html);
    expect(Number(said?.[1])).toBe(found.length);
    expect(html).toContain("<mark>Amy Woo</mark>");
    expect(html).toContain('<time dateTime="2022-08-31T00:00:00+09:00">');
    expect(html).toContain('value="Amy Woo"');
  });

  it("ignores case and accents", async () => {
    const plain = articleLinks(
      (await getPage("real", "/search?q=busan%20binance")).html,
    );
    const { html } = await getPage("real", "/search?q=B%C3%9CSAN%20BINANCE");
    expect(articleLinks(html)).toEqual(plain);
    expect(plain).toEqual(expect.arrayContaining([BINANCE, FTX]));
    expect(html).toContain(`${plain.length} stories match “BÜSAN BINANCE”.`);
  });

  it("says so when the query is empty or finds nothing", async () => {
    expect((await getPage("real", "/search")).html).toContain(
      "Type a word or a name",
    );
    expect((await getPage("real", "/search?q=zzqx")).html).toContain(
      "No stories match “zzqx”.",
    );
  });

  it.each([
    "/search?q=busan&q=ftx",
    "/search?q[]=busan",
    `/search?q=${"%22a".repeat(2000)}`,
    "/search?q=%E0%A4%A",
    "/search?q=%00%ff%22%22%22",
  ])("answers hostile input %s without an error", async (pathname) => {
    const { status } = await getPage("real", pathname);
    expect(status).toBe(200);
  });

  it("is reachable from every page's header, as a link rather than a form", async () => {
    for (const pathname of ["/", FTX, "/tags", "/timeline", "/no-such-page"]) {
      const { html } = await getPage("real", pathname);
      const header = html.slice(
        html.indexOf('<header class="masthead">'),
        html.indexOf("</header>"),
      );
      for (const href of ["/tags", "/timeline", "/search"])
        expect(header).toContain(`<a href="${href}">`);
      expect(header).not.toContain("<form");
    }
  });

  it("shows one search form on the search page", async () => {
    const { html } = await getPage("real", "/search");
    expect(html.match(/<form role="search"/g)).toHaveLength(1);
  });
});

describe("the timeline", () => {
  it("shows the real stories' events at their precision and their updates, in order, linked to their story", async () => {
    const { status, html } = await getPage("real", "/timeline");
    expect(status).toBe(200);
    const dates = [
      ...html.matchAll(/<time dateTime="([^"]+)">([^<]+)<\/time>/g),
    ].map((match) => [match[1] ?? "", match[2] ?? ""]);
    // What the FTX and Binance stories report, and the notes that followed.
    expect(dates).toEqual(
      expect.arrayContaining([
        ["2019", "2019"],
        ["2022-08-26", "26 August 2022"],
        ["2022-10", "October 2022"],
        ["2022-11-11", "11 November 2022"],
        ["2023-11-21", "21 November 2023"],
      ]),
    );
    // Dates as written (2019, 2022-10, 2022-10-05) sort as text in time order.
    const written = dates.map(([date = ""]) => date);
    expect(written).toEqual([...written].sort());
    expect(html).toContain(`Reported in <a href="${FTX}">`);
    expect(html).toContain(`Later development, noted in <a href="${FTX}">`);
  });
});

// The 45 generated stories and the drafts fixture's pictured story, the newest.
describe("pagination over 46 published articles", () => {
  it("shows 20 on the first page with a rel=next link", async () => {
    const { html } = await getPage("paged", "/");
    expect(articleLinks(html)).toEqual([
      PICTURED_STORY,
      ...pagedLinks(PAGED_ARTICLE_COUNT, 27),
    ]);
    expect(html).toContain('<a rel="next" href="/page/2">');
    expect(html).not.toContain('rel="prev"');
  });

  it("links back and forward from a middle page", async () => {
    const { status, html } = await getPage("paged", "/page/2");
    expect(status).toBe(200);
    expect(articleLinks(html)).toEqual(pagedLinks(26, 7));
    expect(html).toContain('<a rel="prev" href="/">');
    expect(html).toContain('<a rel="next" href="/page/3">');
    expect(html).toContain("Page 2 of 3");
  });

  it("ends on the last page", async () => {
    const { html } = await getPage("paged", "/page/3");
    expect(articleLinks(html)).toEqual(pagedLinks(6, 1));
    expect(html).not.toContain('rel="next"');
  });

  it.each([
    "/page/4",
    "/page/0",
    "/page/02",
    "/page/two",
    "/tags/ports/page/3",
  ])("answers %s with 404", async (pathname) => {
    expect((await getPage("paged", pathname)).status).toBe(404);
  });

  it.each([
    ["/page/1", "/"],
    ["/tags/ports/page/1", "/tags/ports"],
  ])("redirects %s to %s permanently", async (pathname, target) => {
    const { status, headers } = await getPage("paged", pathname);
    expect(status).toBe(308);
    expect(headers.get("location")).toBe(target);
  });

  it("pages a tag: 23 odd-numbered stories over two pages", async () => {
    const first = await getPage("paged", "/tags/ports");
    expect(articleLinks(first.html)).toHaveLength(20);
    expect(first.html).toContain('<a rel="next" href="/tags/ports/page/2">');
    const second = await getPage("paged", "/tags/ports/page/2");
    expect(articleLinks(second.html)).toEqual([
      `/articles/${pagedSlug(5)}`,
      `/articles/${pagedSlug(3)}`,
      `/articles/${pagedSlug(1)}`,
    ]);
    expect(second.html).toContain('<a rel="prev" href="/tags/ports">');
  });

  it("lists every tag with its story count", async () => {
    const { html } = await getPage("paged", "/tags");
    expect(html).toContain(
      '<a href="/tags/ports">Ports</a> <span class="tag-count">23 stories</span>',
    );
    expect(html).toContain(
      '<a href="/tags/cafe-societe">Café Société</a> <span class="tag-count">1 story</span>',
    );
  });

  it("gives an accented tag a plain slug, and search finds it without accents", async () => {
    const found = await getPage("paged", "/search?q=SOCIETE+generale");
    expect(articleLinks(found.html)).toEqual([`/articles/${pagedSlug(7)}`]);
    expect(found.html).toContain("1 story matches “SOCIETE generale”.");
    expect(found.html).toContain("<mark>Société Générale</mark>");
  });

  it("puts a year-only event before month and day events of that year", async () => {
    const { html } = await getPage("paged", "/timeline");
    const titles = [
      ...html.matchAll(/<p class="timeline-title">([^<]+)<\/p>/g),
    ];
    expect(titles.map((match) => match[1])).toEqual([
      "A year-only event",
      "A month-only event",
      "A day-precise event",
    ]);
  });
});
