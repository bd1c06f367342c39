import type { Tag } from "@/lib/reading/tags";
import { tagPath } from "@/lib/reading/tags";

interface TagIndexProps {
  readonly tags: readonly Tag[];
}

export function TagIndex({ tags }: TagIndexProps) {
  if (tags.length === 0) return <p className="empty">No tags yet.</p>;
  return (
    <ul className="tag-index">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <a href={tagPath(tag.slug)}>{tag.name}</a>{" "}
          <span className="tag-count">
            {tag.articles.length}{" "}
            {tag.articles.length === 1 ? "story" : "stories"}
          </span>
        </li>
      ))}
    </ul>
  );
}
