// Tags as readers browse them: one page per tag slug (lib/content/tag-slug),
// named with the spelling of the newest article that carries it.
import type { Article } from "@/lib/content/article";
import { tagSlug } from "@/lib/content/tag-slug";
import { groupStories, type StoryGroup } from "@/lib/reading/story-groups";
import { SITE_SUBJECT } from "@/lib/site";

export type Tag = StoryGroup;

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
  const tags = [...groupStories(articles, (article) => article.tags).values()];
  tags.sort((a, b) =>
    a.name.localeCompare(b.name, "en", { sensitivity: "base" }),
  );
  return new Map(tags.map((tag) => [tag.slug, tag]));
}
