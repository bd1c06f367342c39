// Indexes derived from the article list (tags, related, search, timeline) are
// built once per list: getVisibleArticles hands out the same frozen array
// until content changes, so the array's identity is the cache key.
import type { Article } from "@/lib/content/article";

export function memoizeByList<T>(
  build: (articles: readonly Article[]) => T,
): (articles: readonly Article[]) => T {
  const cache = new WeakMap<readonly Article[], T>();
  return (articles) => {
    const cached = cache.get(articles);
    if (cached !== undefined) return cached;
    const built = build(articles);
    cache.set(articles, built);
    return built;
  };
}
