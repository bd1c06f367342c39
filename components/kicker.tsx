import { tagSlug } from "@/lib/content/tag-slug";
import { tagPath } from "@/lib/reading/tags";

interface KickerProps {
  readonly tags: readonly string[];
}

/** The small label above a headline: the story's first tag, linked to its page. */
export function Kicker({ tags }: KickerProps) {
  const [first] = tags;
  if (!first) return null;
  return (
    <p className="kicker">
      <a href={tagPath(tagSlug(first))}>{first}</a>
    </p>
  );
}
