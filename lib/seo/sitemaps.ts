// /sitemap.xml and /news-sitemap.xml from the visible articles. lastmod is the
// article's modified date, the same ISO string the page, JSON-LD and feeds use.
// Which articles each sitemap holds is lib/seo/canonical's decision, not this file's.
import { XMLBuilder } from "fast-xml-parser";
import type { MetadataRoute } from "next";
import type { Article } from "@/lib/content/article";
import {
  canonicalUrl,
  isInNewsSitemap,
  isInSitemap,
} from "@/lib/seo/canonical";
import { getPage, pageCount, pagePath } from "@/lib/reading/pagination";
import type { SiteIndex } from "@/lib/reading/site-index";
import { latestDate } from "@/lib/dates";
import { tagPath } from "@/lib/reading/tags";
import { authorPath } from "@/lib/reading/authors";
import { SITE_LANGUAGE, SITE_NAME, absoluteUrl } from "@/lib/site";

export const SITEMAP_PATHS = {
  sitemap: "/sitemap.xml",
  news: "/news-sitemap.xml",
} as const;

type SitemapEntry = MetadataRoute.Sitemap[number];

function newestModified(articles: readonly Article[]): string | undefined {
  return latestDate(articles.map((article) => article.modified))?.iso;
}

function entry(path: string, articles: readonly Article[]): SitemapEntry {
  const lastModified = newestModified(articles);
  return { url: absoluteUrl(path), ...(lastModified ? { lastModified } : {}) };
}

/** Every page of a listing, each dated by the newest change among its own articles. */
function listingEntries(
  basePath: string,
  articles: readonly Article[],
): SitemapEntry[] {
  return Array.from({ length: pageCount(articles.length) }, (_, at) => {
    const page = getPage(articles, String(at + 1));
    return entry(pagePath(basePath, at + 1), page?.items ?? []);
  });
}

/** The index and its pages, the articles canonical here, the tags and their pages, the timeline. */
export function sitemapEntries(site: SiteIndex): MetadataRoute.Sitemap {
  const { articles } = site;
  return [
    ...listingEntries("/", articles),
    ...articles.filter(isInSitemap).map((article) => ({
      url: canonicalUrl(article),
      lastModified: article.modified.iso,
    })),
    ...(articles.length > 0
      ? [entry("/tags", articles), entry("/timeline", articles)]
      : []),
    ...site
      .tags()
      .flatMap((tag) => listingEntries(tagPath(tag.slug), tag.articles)),
    ...site
      .authors()
      .flatMap((author) =>
        listingEntries(authorPath(author.name), author.articles),
      ),
  ];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
});

/** Google News reads at most this many URLs from one news sitemap. */
export const NEWS_SITEMAP_LIMIT = 1000;

/**
 * The sitemaps.org schema requires at least one <url>, and Google News ignores
 * entries without <news:news>: with nothing fresh, the home page stands in.
 */
function homePageOnly(articles: readonly Article[]) {
  return [entry("/", articles)].map(({ url, lastModified }) => ({
    loc: url,
    ...(lastModified ? { lastmod: lastModified } : {}),
  }));
}

/** Google News sitemap: our own articles of the last two days, newest first, at most 1,000. */
export function newsSitemapXml(
  articles: readonly Article[],
  now: number,
): string {
  const fresh = articles
    .filter((article) => isInNewsSitemap(article, now))
    .slice(0, NEWS_SITEMAP_LIMIT)
    .map((article) => ({
      loc: canonicalUrl(article),
      "news:news": {
        "news:publication": {
          "news:name": SITE_NAME,
          "news:language": SITE_LANGUAGE,
        },
        "news:publication_date": article.date.iso,
        "news:title": article.title,
      },
    }));
  return builder.build({
    "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" },
    urlset: {
      "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "@_xmlns:news": "http://www.google.com/schemas/sitemap-news/0.9",
      url: fresh.length > 0 ? fresh : homePageOnly(articles),
    },
  });
}
