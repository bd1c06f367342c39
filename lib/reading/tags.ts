// Tags as readers browse them: one page per tag slug (lib/content/tag-slug),
// named with the spelling of the newest article that carries it.
import type { Article } from "@/lib/content/article";
import { groupStories, type StoryGroup } from "@/lib/reading/story-groups";

export type Tag = StoryGroup;

export function tagPath(slug: string): string {
  return `/tags/${encodeURIComponent(slug)}`;
}

/** Tag slug → tag, alphabetically by name, from a newest-first list. */
export function buildTagIndex(
  articles: readonly Article[],
): ReadonlyMap<string, Tag> {
  const tags = [...groupStories(articles, (article) => article.tags).values()];
  tags.sort((a, b) =>
    a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
  );
  return new Map(tags.map((tag) => [tag.slug, tag]));
}
