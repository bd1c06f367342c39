// /sitemap.xml and /news-sitemap.xml from the visible articles. lastmod is the
// article's modified date, the same ISO string the page, JSON-LD and feeds use.
// Which articles each sitemap holds is lib/indexing's decision, not this file's.
import { XMLBuilder } from "fast-xml-parser";
import type { MetadataRoute } from "next";
import type { Article } from "@/lib/article";
import { canonicalUrl, isInNewsSitemap, isInSitemap } from "@/lib/indexing";
import { SITE_LANGUAGE, SITE_NAME, absoluteUrl } from "@/lib/site";

export const SITEMAP_PATHS = {
  sitemap: "/sitemap.xml",
  news: "/news-sitemap.xml",
} as const;

export function sitemapEntries(
  articles: readonly Article[],
): MetadataRoute.Sitemap {
  const listed = articles.filter(isInSitemap);
  const newest = articles.reduce<Article | undefined>(
    (latest, article) =>
      !latest || article.modified.epochMs > latest.modified.epochMs
        ? article
        : latest,
    undefined,
  );
  return [
    {
      url: absoluteUrl("/"),
      ...(newest ? { lastModified: newest.modified.iso } : {}),
    },
    ...listed.map((article) => ({
      url: canonicalUrl(article),
      lastModified: article.modified.iso,
    })),
  ];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  format: true,
});

/** Google News sitemap: articles of the last two days; an empty urlset when there are none. */
export function newsSitemapXml(
  articles: readonly Article[],
  now: number,
): string {
  const urls = articles
    .filter((article) => isInNewsSitemap(article, now))
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
      url: urls,
    },
  });
}
