// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest FEED_ITEM_LIMIT visible
// articles. Readers poll a feed for what is new; the sitemap and the paginated
// listings carry the archive. Each item carries what the page carries (see
// feed-content.ts), each format escaped its own way by fast-xml-parser's
// builder: Atom text constructs are type="text", HTML goes in as escaped text.
// GUIDs and ids are the article's address on this site, so they survive
// rebuilds and edits; dates come from the content, so rebuilds are byte-identical.
import { XMLBuilder } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import type { Article } from "@/lib/content/article";
import type { LeadImage } from "@/lib/content/library";
import { getSiteIndex } from "@/lib/reading/site-index";
import { latestDate } from "@/lib/dates";
import { articleUrl } from "@/lib/seo/canonical";
import { feedItemHtml } from "@/lib/seo/feed-content";
import { authorUrl } from "@/lib/reading/authors";
import { logoUrl } from "@/lib/seo/social-card";
import {
  SITE_LANGUAGE,
  SITE_NAME,
  SITE_TAGLINE,
  absoluteUrl,
} from "@/lib/site";

export const FEED_PATHS = {
  rss: "/feed.xml",
  atom: "/atom.xml",
  json: "/feed.json",
} as const;

/** `<link rel="alternate">` entries for every page head (Metadata API `alternates.types`). */
export const FEED_LINKS = {
  "application/rss+xml": [{ url: FEED_PATHS.rss, title: `${SITE_NAME} (RSS)` }],
  "application/atom+xml": [
    { url: FEED_PATHS.atom, title: `${SITE_NAME} (Atom)` },
  ],
  "application/feed+json": [
    { url: FEED_PATHS.json, title: `${SITE_NAME} (JSON Feed)` },
  ],
};

export interface FeedArticle {
  readonly article: Article;
  /** Sanitized body HTML (ArticleBody.html, lib/content/article-body). */
  readonly html: string;
  readonly leadImage?: LeadImage;
}

export const FEED_ITEM_LIMIT = 50;

/** The newest visible articles with their bodies, as the feed routes hand them to the builders below. */
export function getFeedArticles(): FeedArticle[] {
  return getSiteIndex()
    .articles.slice(0, FEED_ITEM_LIMIT)
    .map((article) => ({
      article,
      html: article.body.html(),
      leadImage: getSiteIndex().leadImage(article),
    }));
}

const COPYRIGHT = `© ${SITE_NAME} and the original publishers`;

/** The newest edit, so an unchanged archive rebuilds to the same bytes. */
function newestModified(items: readonly FeedArticle[]): Date {
  const newest = latestDate(items.map(({ article }) => article.modified));
  return new Date(newest?.epochMs ?? 0);
}

function imageMedia(image: LeadImage | undefined) {
  if (!image) return {};
  return {
    "media:content": {
      "@_url": absoluteUrl(image.src),
      "@_medium": "image",
      "@_width": image.width,
      "@_height": image.height,
    },
  };
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
  suppressEmptyNode: true,
  // Otherwise isPermaLink="true" would be written as a bare attribute, which is not XML.
  suppressBooleanAttributes: false,
});

// The builder escapes text but passes characters XML 1.0 forbids; saxes stops the build on them.
function checkedXml(document: object, format: string): string {
  const xml = builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    ...document,
  });
  const parser = new SaxesParser();
  let problem: Error | undefined;
  parser.on("error", (error) => {
    problem ??= error;
  });
  parser.write(xml).close();
  if (problem) {
    throw new Error(
      `The ${format} feed is not well-formed XML (${problem.message}): check the titles and tags of recent articles`,
    );
  }
  return xml;
}

function rssItem({ article, html, leadImage }: FeedArticle) {
  const url = articleUrl(article);
  return {
    title: article.title,
    link: url,
    guid: { "@_isPermaLink": "true", "#text": url },
    pubDate: new Date(article.date.epochMs).toUTCString(),
    description: article.summary,
    "content:encoded": feedItemHtml(article, html),
    // RSS <author> must be an e-mail address; Dublin Core carries the byline.
    "dc:creator": article.author,
    category: article.tags,
    ...imageMedia(leadImage),
  };
}

export function rssFeed(items: readonly FeedArticle[]): string {
  return checkedXml(
    {
      rss: {
        "@_version": "2.0",
        "@_xmlns:atom": "http://www.w3.org/2005/Atom",
        "@_xmlns:content": "http://purl.org/rss/1.0/modules/content/",
        "@_xmlns:dc": "http://purl.org/dc/elements/1.1/",
        "@_xmlns:media": "http://search.yahoo.com/mrss/",
        channel: {
          title: SITE_NAME,
          link: absoluteUrl("/"),
          description: SITE_TAGLINE,
          language: SITE_LANGUAGE,
          copyright: COPYRIGHT,
          lastBuildDate: newestModified(items).toUTCString(),
          "atom:link": {
            "@_href": absoluteUrl(FEED_PATHS.rss),
            "@_rel": "self",
            "@_type": "application/rss+xml",
          },
          image: { url: logoUrl(), title: SITE_NAME, link: absoluteUrl("/") },
          item: items.map(rssItem),
        },
      },
    },
    "RSS",
  );
}

function atomText(text: string) {
  return { "@_type": "text", "#text": text };
}

function atomEntry({ article, html, leadImage }: FeedArticle) {
  const url = articleUrl(article);
  return {
    id: url,
    title: atomText(article.title),
    link: { "@_rel": "alternate", "@_type": "text/html", "@_href": url },
    published: article.date.iso,
    updated: article.modified.iso,
    author: { name: article.author, uri: authorUrl(article.author) },
    summary: atomText(article.summary),
    content: { "@_type": "html", "#text": feedItemHtml(article, html) },
    category: article.tags.map((tag) => ({ "@_term": tag })),
    ...imageMedia(leadImage),
  };
}

export function atomFeed(items: readonly FeedArticle[]): string {
  return checkedXml(
    {
      feed: {
        "@_xmlns": "http://www.w3.org/2005/Atom",
        "@_xmlns:media": "http://search.yahoo.com/mrss/",
        "@_xml:lang": SITE_LANGUAGE,
        id: absoluteUrl("/"),
        title: atomText(SITE_NAME),
        subtitle: atomText(SITE_TAGLINE),
        updated: newestModified(items).toISOString(),
        link: [
          {
            "@_rel": "alternate",
            "@_type": "text/html",
            "@_href": absoluteUrl("/"),
          },
          {
            "@_rel": "self",
            "@_type": "application/atom+xml",
            "@_href": absoluteUrl(FEED_PATHS.atom),
          },
        ],
        logo: logoUrl(),
        rights: atomText(COPYRIGHT),
        entry: items.map(atomEntry),
      },
    },
    "Atom",
  );
}

function jsonItem({ article, html, leadImage }: FeedArticle) {
  const url = articleUrl(article);
  return {
    id: url,
    url,
    title: article.title,
    content_html: feedItemHtml(article, html),
    summary: article.summary,
    ...(leadImage ? { image: absoluteUrl(leadImage.src) } : {}),
    date_published: article.date.iso,
    date_modified: article.modified.iso,
    authors: [{ name: article.author, url: authorUrl(article.author) }],
    tags: article.tags,
  };
}

/** JSON Feed 1.1: `authors` and `language`, none of 1.0's deprecated `author`. */
export function jsonFeed(items: readonly FeedArticle[]): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: SITE_NAME,
    home_page_url: absoluteUrl("/"),
    feed_url: absoluteUrl(FEED_PATHS.json),
    description: SITE_TAGLINE,
    icon: logoUrl(),
    language: SITE_LANGUAGE,
    authors: [{ name: SITE_NAME, url: absoluteUrl("/") }],
    items: items.map(jsonItem),
  });
}
