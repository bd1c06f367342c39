// Stories grouped under a name readers can browse: a tag, a byline. One rule
// for both: a group per slug (lib/content/tag-slug), named with the spelling of
// its newest story, holding its stories newest first.
import type { Article } from "@/lib/content/article";
import { tagSlug } from "@/lib/content/tag-slug";

export interface StoryGroup {
  readonly slug: string;
  /** The spelling used by the newest story in the group. */
  readonly name: string;
  /** Newest first. */
  readonly articles: readonly Article[];
}

/** Slug → group, in the order each group's newest story appears, from a newest-first list. */
export function groupStories(
  articles: readonly Article[],
  namesOf: (article: Article) => readonly string[],
): Map<string, StoryGroup> {
  const bySlug = new Map<string, { name: string; articles: Article[] }>();
  // `articles` is newest first, so the first spelling seen is the newest.
  for (const article of articles) {
    for (const name of namesOf(article)) {
      const slug = tagSlug(name);
      const entry = bySlug.get(slug) ?? { name, articles: [] };
      entry.articles.push(article);
      bySlug.set(slug, entry);
    }
  }
  return new Map(
    [...bySlug.entries()].map(([slug, entry]) => [
      slug,
      Object.freeze({
        slug,
        name: entry.name,
        articles: Object.freeze(entry.articles),
      }),
    ]),
  );
}
