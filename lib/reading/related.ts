// What to read next. Related articles share the most tags with an article,
// ties going to the newer; an article is never related to itself. Previous and
// next are its neighbours by date. Both read one index built from the list.
import type { Article } from "@/lib/content/article";
import { tagSlug } from "@/lib/content/tag-slug";

interface Positions {
  /** Position of each slug in the newest-first list: a lower position is newer. */
  readonly position: ReadonlyMap<string, number>;
  /** Tag slug → positions of its articles, newest first. */
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  readonly tagsOf: readonly ReadonlySet<string>[];
}

function indexPositions(articles: readonly Article[]): Positions {
  const byTag = new Map<string, number[]>();
  const tagsOf = articles.map((article, at) => {
    const slugs = new Set(article.tags.map(tagSlug));
    for (const slug of slugs) {
      const list = byTag.get(slug) ?? [];
      list.push(at);
      byTag.set(slug, list);
    }
    return slugs;
  });
  return {
    position: new Map(articles.map((article, at) => [article.slug, at])),
    byTag,
    tagsOf,
  };
}

function byMostSharedThenNewest(
  [atA, sharedA]: readonly [number, number],
  [atB, sharedB]: readonly [number, number],
): number {
  return sharedB - sharedA || atA - atB;
}

/**
 * Counting shared tags by walking every tag's article list is quadratic when
 * one tag (say "Busan") is on every article. So the largest list is not
 * walked: candidates already found get its tag by a set lookup, and the rest of
 * it, which shares only that one tag, is read newest first until `limit` fill.
 */
function relatedArticles(
  articles: readonly Article[],
  { position, byTag, tagsOf }: Positions,
  slug: string,
  limit: number,
): readonly Article[] {
  const self = position.get(slug);
  const ownTags = self === undefined ? undefined : tagsOf[self];
  if (self === undefined || !ownTags) return [];
  const lists = [...ownTags]
    .map((tag) => ({ tag, list: byTag.get(tag) ?? [] }))
    .sort((a, b) => b.list.length - a.list.length);
  const [largest, ...rest] = lists;
  const shared = new Map<number, number>();
  for (const { list } of rest)
    for (const at of list) shared.set(at, (shared.get(at) ?? 0) + 1);
  shared.delete(self);
  if (largest)
    for (const at of shared.keys())
      if (tagsOf[at]?.has(largest.tag))
        shared.set(at, (shared.get(at) ?? 0) + 1);
  const ranked = [...shared.entries()].sort(byMostSharedThenNewest);
  const picked = ranked
    .filter(([, count]) => count > 1)
    .slice(0, limit)
    .map(([at]) => at);
  // Sharing one tag: merge the two newest-first streams by recency, reading
  // the largest list only as far as needed.
  const oneTag = ranked.filter(([, count]) => count === 1).map(([at]) => at);
  const big = largest?.list ?? [];
  let [i, j] = [0, 0];
  while (picked.length < limit) {
    let fromBig = big[j];
    while (fromBig !== undefined && (fromBig === self || shared.has(fromBig)))
      fromBig = big[++j];
    const fromShared = oneTag[i];
    if (
      fromShared !== undefined &&
      (fromBig === undefined || fromShared < fromBig)
    ) {
      picked.push(fromShared);
      i += 1;
    } else if (fromBig !== undefined) {
      picked.push(fromBig);
      j += 1;
    } else break;
  }
  return picked.flatMap((at) => articles[at] ?? []);
}

export interface AdjacentArticles {
  /** The next older article. */
  readonly previous?: Article;
  /** The next newer article. */
  readonly next?: Article;
}

export interface RelatedIndex {
  related(slug: string, limit: number): readonly Article[];
  adjacent(slug: string): AdjacentArticles;
}

/** `articles` newest first, as the site index holds them. */
export function buildRelatedIndex(articles: readonly Article[]): RelatedIndex {
  const positions = indexPositions(articles);
  return {
    related: (slug, limit) => relatedArticles(articles, positions, slug, limit),
    adjacent(slug) {
      const at = positions.position.get(slug);
      if (at === undefined) return {};
      return { previous: articles[at + 1], next: articles[at - 1] };
    },
  };
}
