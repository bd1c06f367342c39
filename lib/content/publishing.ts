// The one publishing policy: which articles a build shows. Index, tags,
// feeds, sitemaps and search all take the list this rule produces.
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
 * The instant that decides what is published. A production build fixes it
 * (next.config.mjs inlines the build's start), so a server running that build
 * never lists in search an article whose page was not built: a scheduled piece
 * goes live with the first build after its date. Dev and scripts use the clock.
 */
export function publicationCutoff(): number {
  const builtAt = Number(process.env.BUSAN_LEDGER_BUILT_AT);
  return !isPreviewMode() && builtAt > 0 ? builtAt : Date.now();
}

export function isVisible(
  article: Article,
  now: number,
  preview: boolean,
): boolean {
  return preview || publicationState(article, now) === "published";
}

/** The state at this moment: for the preview's banners (a build decides visibility once, in getVisibleArticles). */
export function currentPublicationState(article: Article): PublicationState {
  return publicationState(article, Date.now());
}
