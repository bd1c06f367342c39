// What followed a story: whether it was updated since it was published, and its
// dated notes (updates and corrections) newest first. Article pages, teasers
// and the timeline all ask here, so "updated" means one thing across the site.
import type { Article } from "@/lib/content/article";

export type ArticleNote = Article["updates"][number];

/** Updated after publication: a later `updated` date or a later note. */
export function wasUpdated(article: Article): boolean {
  return article.modified.epochMs > article.date.epochMs;
}

export function notesNewestFirst(article: Article): readonly ArticleNote[] {
  return [...article.updates].sort((a, b) => b.date.epochMs - a.date.epochMs);
}
