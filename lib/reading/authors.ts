// Bylines as readers browse them: one page per byline at /authors/<slug>,
// slugged by the same rule as tags, with the byline's stories newest first.
// A byline that names an article's original publisher (CoinJournal) is that
// organisation; any other byline is a person.
import type { Article } from "@/lib/content/article";
import { tagSlug } from "@/lib/content/tag-slug";
import { absoluteUrl } from "@/lib/site";

export interface Author {
  readonly slug: string;
  readonly name: string;
  readonly isOrganization: boolean;
  /** Newest first. */
  readonly articles: readonly Article[];
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
  const bySlug = new Map<string, Article[]>();
  for (const article of articles) {
    const slug = tagSlug(article.author);
    const own = bySlug.get(slug) ?? [];
    own.push(article);
    bySlug.set(slug, own);
  }
  return new Map(
    [...bySlug.entries()].map(([slug, own]) => [
      slug,
      Object.freeze({
        slug,
        // `articles` is newest first, so this is the newest spelling.
        name: own[0]?.author ?? slug,
        isOrganization: own.some(isPublisherByline),
        articles: Object.freeze(own),
      }),
    ]),
  );
}
