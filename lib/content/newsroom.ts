// The newsroom view's rows: every file in the content folder with its state
// (published, draft, scheduled, has problems), problems first, then newest.
// A pure function of the files read and the clock; only `npm run dev` shows it.
import type { Article } from "@/lib/content/article";
import type { ContentFile } from "@/lib/content/library";
import { hasErrors } from "@/lib/content/problems";
import { publicationState } from "@/lib/content/publishing";

export type FileState = "problems" | "published" | "draft" | "scheduled";

export interface NewsroomRow extends ContentFile {
  readonly state: FileState;
}

function stateOf(file: ContentFile, now: number): FileState {
  if (!file.article || hasErrors(file.problems)) return "problems";
  return publicationState(file.article, now);
}

/** Files with errors first, then those with warnings, then the rest. */
function urgency(row: NewsroomRow): number {
  if (row.state === "problems") return 0;
  return row.problems.length > 0 ? 1 : 2;
}

function newest(article: Article | null): number {
  return article?.date.epochMs ?? Number.NEGATIVE_INFINITY;
}

export function newsroomRows(
  files: readonly ContentFile[],
  now: number,
): NewsroomRow[] {
  return files
    .map((file) => ({ ...file, state: stateOf(file, now) }))
    .sort(
      (a, b) =>
        urgency(a) - urgency(b) ||
        newest(b.article) - newest(a.article) ||
        a.file.localeCompare(b.file),
    );
}
