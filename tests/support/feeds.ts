// Reads the served feeds the way feed readers do: rss-parser for RSS and Atom,
// @extractus/feed-extractor for JSON Feed. Fields the readers leave raw are
// checked with zod, so a missing or mistyped field fails loudly.
import { extractFromJson } from "@extractus/feed-extractor";
import Parser from "rss-parser";
import { z } from "zod";
import { siteUrl } from "./site-url";
import type { SiteName } from "./sites";

/** One item as every reader sees it, whichever format it came from. */
export interface ReadItem {
  readonly id: string;
  readonly title: string;
  readonly link: string;
  readonly publishedMs: number;
  /** RSS has no per-item modified date. */
  readonly modifiedMs?: number;
  readonly author: string;
  readonly categories: readonly string[];
  readonly contentHtml: string;
  readonly summary: string;
}

export async function fetchText(site: SiteName, path: string) {
  const response = await fetch(siteUrl(site, path));
  return { response, text: await response.text() };
}

const rssItem = z.object({
  title: z.string(),
  link: z.string(),
  guid: z.string(),
  isoDate: z.string(),
  // rss-parser reads the byline from <dc:creator>.
  creator: z.string(),
  categories: z.array(z.string()),
  "content:encoded": z.string(),
  content: z.string(),
});

export async function readRss(xml: string): Promise<ReadItem[]> {
  const parser = new Parser({
    customFields: { item: ["content:encoded"] },
  });
  const feed = await parser.parseString(xml);
  return feed.items.map((raw) => {
    const item = rssItem.parse(raw);
    return {
      id: item.guid,
      title: item.title,
      link: item.link,
      publishedMs: Date.parse(item.isoDate),
      author: item.creator,
      categories: item.categories,
      contentHtml: item["content:encoded"],
      summary: item.content,
    };
  });
}

const atomItem = z.object({
  title: z.string(),
  link: z.string(),
  id: z.string(),
  pubDate: z.string(),
  updated: z.string(),
  author: z.string(),
  content: z.string(),
  summary: z.string(),
  category: z.array(z.object({ $: z.object({ term: z.string() }) })),
});

export async function readAtom(xml: string): Promise<ReadItem[]> {
  const parser = new Parser({
    customFields: {
      item: [
        "updated",
        "summary",
        ["category", "category", { keepArray: true }],
      ],
    },
  });
  const feed = await parser.parseString(xml);
  return feed.items.map((raw) => {
    const item = atomItem.parse(raw);
    return {
      id: item.id,
      title: item.title,
      link: item.link,
      publishedMs: Date.parse(item.pubDate),
      modifiedMs: Date.parse(item.updated),
      author: item.author,
      categories: item.category.map((category) => category.$.term),
      contentHtml: item.content,
      summary: item.summary,
    };
  });
}

const jsonItemExtras = z.object({
  date_modified: z.string(),
  content_html: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  authors: z.array(z.object({ name: z.string() })).length(1),
});

export function readJsonFeed(json: string): ReadItem[] {
  const feed = extractFromJson(json, {
    getExtraEntryFields: (entry) => ({ extras: jsonItemExtras.parse(entry) }),
  });
  return (feed.entries ?? []).map((entry) => {
    const extras = jsonItemExtras.parse(entry.extras);
    return {
      id: entry.id,
      title: z.string().parse(entry.title),
      link: z.string().parse(entry.link),
      publishedMs: Date.parse(z.string().parse(entry.published)),
      modifiedMs: Date.parse(extras.date_modified),
      author: extras.authors[0]?.name ?? "",
      categories: extras.tags,
      contentHtml: extras.content_html,
      summary: extras.summary,
    };
  });
}
