// Which pages `next build` renders ahead: the newest PRERENDER_ARTICLES
// stories (default 50) and the first PRERENDERED_LISTING_PAGES pages of the
// index. Every other article, tag and listing page is rendered on its first
// request and then served from Next's cache (ISR), so a build costs about the
// same at 100 articles as at 100,000.
import { laterPageNumbers } from "@/lib/reading/pagination";
import type { SiteIndex } from "@/lib/reading/site-index";

const DEFAULT_PRERENDERED_ARTICLES = 50;
export const PRERENDERED_LISTING_PAGES = 3;

/** PRERENDER_ARTICLES as a count; a value that is not a whole number fails the build, naming it. */
export function prerenderedArticleCount(
  setting: string | undefined = process.env.PRERENDER_ARTICLES,
): number {
  if (setting === undefined || setting.trim() === "")
    return DEFAULT_PRERENDERED_ARTICLES;
  if (!/^\d+$/.test(setting.trim()))
    throw new Error(
      `PRERENDER_ARTICLES: "${setting}" is not a whole number (use e.g. PRERENDER_ARTICLES=50, or 0 to render every story on demand)`,
    );
  return Number(setting);
}

export function prerenderedArticleParams(site: SiteIndex): { slug: string }[] {
  return site.articles
    .slice(0, prerenderedArticleCount())
    .map((article) => ({ slug: article.slug }));
}

/** The index's later pages the build renders: pages 2 to PRERENDERED_LISTING_PAGES. */
export function prerenderedIndexPageParams(
  site: SiteIndex,
): { page: string }[] {
  return laterPageNumbers(site.articles.length)
    .slice(0, PRERENDERED_LISTING_PAGES - 1)
    .map((page) => ({ page }));
}
