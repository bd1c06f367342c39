import { tagSlug } from "@/lib/content/tag-slug";
import { kickerTag, tagPath } from "@/lib/reading/tags";

interface KickerProps {
  readonly tags: readonly string[];
}

/** The small label above a headline: the story's telling tag, linked to its page. */
export function Kicker({ tags }: KickerProps) {
  const tag = kickerTag(tags);
  if (!tag) return null;
  return (
    <p className="kicker">
      <a href={tagPath(tagSlug(tag))}>{tag}</a>
    </p>
  );
}
