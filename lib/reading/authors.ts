// Bylines as readers browse them: one page per byline at /authors/<slug>,
// slugged by the same rule as tags, with the byline's stories newest first.
// A byline that names an article's original publisher (CoinJournal) is that
// organisation; any other byline is a person.
import type { Article } from "@/lib/content/article";
import { tagSlug } from "@/lib/content/tag-slug";
import { groupStories, type StoryGroup } from "@/lib/reading/story-groups";
import { absoluteUrl } from "@/lib/site";

export interface Author extends StoryGroup {
  readonly isOrganization: boolean;
}

export function authorPath(name: string): string {
  return `/authors/${encodeURIComponent(tagSlug(name))}`;
}

export function authorUrl(name: string): string {
  return absoluteUrl(authorPath(name));
}

export function isPublisherByline(article: Article): boolean {
  return article.author === article.source?.name;
}

/** Byline slug → author, in the order of each byline's newest story. */
export function buildAuthorIndex(
  articles: readonly Article[],
): ReadonlyMap<string, Author> {
  const bylines = groupStories(articles, (article) => [article.author]);
  return new Map(
    [...bylines].map(([slug, group]) => [
      slug,
      Object.freeze({
        ...group,
        isOrganization: group.articles.some(isPublisherByline),
      }),
    ]),
  );
}
