import type { Article } from "@/lib/content/article";
import { notesNewestFirst } from "@/lib/reading/updates";
import { ArticleDate } from "@/components/article-date";

export const NOTES_ID = "notes";

interface ArticleNotesProps {
  readonly article: Article;
}

/**
 * Dated editor's notes, newest first, after the body: the "Updated" line under
 * the headline links here, so the notes never push the story off a phone's
 * first screen. A correction is labelled and styled apart from an update.
 */
export function ArticleNotes({ article }: ArticleNotesProps) {
  const notes = notesNewestFirst(article);
  if (notes.length === 0) return null;
  return (
    <section
      id={NOTES_ID}
      aria-labelledby="notes-heading"
      className="notes"
      tabIndex={-1}
    >
      <h2 id="notes-heading" className="section-title minor-heading">
        Updates and corrections
      </h2>
      <ol className="note-list">
        {notes.map((note) => (
          <li
            key={`${note.date.iso}-${note.note}`}
            className={note.correction ? "note note-correction" : "note"}
          >
            <p className="note-label">
              <strong>{note.correction ? "Correction" : "Update"}</strong>,{" "}
              <ArticleDate date={note.date} />
            </p>
            <p className="note-text">{note.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
