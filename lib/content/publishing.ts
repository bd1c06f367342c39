// The one publishing policy: which articles the site shows at a given instant.
// Index, tags, feeds, sitemaps and search all take the list this rule produces
// (lib/content/published-content applies it with the clock).
import type { Article } from "@/lib/content/article";

export type PublicationState = "published" | "draft" | "scheduled";

export function publicationState(
  article: Article,
  now: number,
): PublicationState {
  if (article.draft) return "draft";
  if (article.date.epochMs > now) return "scheduled";
  return "published";
}

/** `next dev` previews drafts and scheduled pieces (with a banner); production builds leave them out. */
export function isPreviewMode(): boolean {
  return process.env.NODE_ENV === "development";
}

/**
 * The instant that decides what is published: the clock. Pages are rendered on
 * demand and revalidated, so a scheduled piece goes live once its time passes
 * (lib/content/published-content), with no build in between.
 */
export function publicationCutoff(): number {
  return Date.now();
}

export function isVisible(
  article: Article,
  now: number,
  preview: boolean,
): boolean {
  return preview || publicationState(article, now) === "published";
}

/** The state at this moment: for the preview's banners. */
export function currentPublicationState(article: Article): PublicationState {
  return publicationState(article, Date.now());
}
