// What search engines are told about each address, decided once. Syndicated
// articles (with `source`) follow Google's guidance for republished content:
// kept out of Google News and the news sitemap, and, only when the original
// address is known, canonical to it and left out of /sitemap.xml. A staging
// site (SITE_ENV=staging) is never indexed.
import type { Article } from "@/lib/content/article";
import { absoluteUrl, articlePath, isStagingSite } from "@/lib/site";

/** Google News sitemaps hold only articles published in the last two days. */
export const NEWS_SITEMAP_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export function isIndexable(): boolean {
  return !isStagingSite();
}

/** The article's address on this site: also its feed GUID and JSON-LD @id base, stable across edits. */
export function articleUrl(article: Article): string {
  return absoluteUrl(articlePath(article.slug));
}

export function isSyndicated(article: Article): boolean {
  return article.source !== undefined;
}

/** The original's address when it is known, otherwise this site's page. */
export function canonicalUrl(article: Article): string {
  return article.source?.url ?? articleUrl(article);
}

/** A page canonical to another site is not ours to list. */
export function isInSitemap(article: Article): boolean {
  return article.source?.url === undefined;
}

export function isInNewsSitemap(article: Article, now: number): boolean {
  const age = now - article.date.epochMs;
  return !isSyndicated(article) && age >= 0 && age <= NEWS_SITEMAP_WINDOW_MS;
}
