interface TagListProps {
  readonly tags: readonly string[];
  readonly label?: string;
}

export function TagList({ tags, label = "Tags" }: TagListProps) {
  return (
    <ul className="tag-list" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {tag}
        </li>
      ))}
    </ul>
  );
}
