import { tagSlug } from "@/lib/content/tag-slug";
import { tagPath } from "@/lib/reading/tags";

interface TagListProps {
  readonly tags: readonly string[];
  readonly label?: string;
}

/** Tag chips, each a link to its tag page. */
export function TagList({ tags, label = "Tags" }: TagListProps) {
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          <a href={tagPath(tagSlug(tag))}>{tag}</a>
        </li>
      ))}
    </ul>
  );
}
