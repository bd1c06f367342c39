import { updatesNewestFirst, type Article } from "@/lib/content/article";
import { ArticleDate } from "@/components/article-date";

interface ArticleUpdatesProps {
  readonly updates: Article["updates"];
}

/** Dated editor's notes, newest first, shown above the body as newsrooms do. */
export function ArticleUpdates({ updates }: ArticleUpdatesProps) {
  if (updates.length === 0) return null;
  const newestFirst = updatesNewestFirst(updates);
  return (
    <aside className="updates" aria-label="Updates and corrections">
      {newestFirst.map((update) => (
        <div
          key={`${update.date.iso}-${update.note}`}
          className={update.correction ? "update correction" : "update"}
        >
          <p className="update-label">
            <strong>{update.correction ? "Correction" : "Update"}</strong>,{" "}
            <ArticleDate date={update.date} />
          </p>
          <p>{update.note}</p>
        </div>
      ))}
    </aside>
  );
}
