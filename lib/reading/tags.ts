// Tags as readers browse them: one page per tag slug (lib/content/tag-slug),
// named with the spelling of the newest article that carries it.
import type { Article } from "@/lib/content/article";
import { tagSlug } from "@/lib/content/tag-slug";
import { SITE_SUBJECT } from "@/lib/site";

export interface Tag {
  readonly slug: string;
  /** The spelling used by the newest article carrying the tag. */
  readonly name: string;
  /** Newest first. */
  readonly articles: readonly Article[];
}

export function tagPath(slug: string): string {
  return `/tags/${encodeURIComponent(slug)}`;
}

/**
 * The kicker over a headline: the story's first tag other than the site's own
 * subject (every story here is about Busan, so "Busan" would label them all
 * alike), or none when the subject is its only tag.
 */
export function kickerTag(tags: readonly string[]): string | undefined {
  const subject = tagSlug(SITE_SUBJECT);
  return tags.find((tag) => tagSlug(tag) !== subject);
}

/** Tag slug → tag, alphabetically by name, from a newest-first list. */
export function buildTagIndex(
  articles: readonly Article[],
): ReadonlyMap<string, Tag> {
  const bySlug = new Map<string, { name: string; articles: Article[] }>();
  // `articles` is newest first, so the first spelling seen is the newest.
  for (const article of articles) {
    for (const name of article.tags) {
      const slug = tagSlug(name);
      const entry = bySlug.get(slug) ?? { name, articles: [] };
      entry.articles.push(article);
      bySlug.set(slug, entry);
    }
  }
  const sorted = [...bySlug.entries()].sort(([, a], [, b]) =>
    a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
  );
  return new Map(
    sorted.map(([slug, entry]) => [
      slug,
      Object.freeze({
        slug,
        name: entry.name,
        articles: Object.freeze(entry.articles),
      }),
    ]),
  );
}
