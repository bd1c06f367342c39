// "Did you mean `author`?" for a misspelt frontmatter field. Edit distance
// comes from fastest-levenshtein rather than a hand-written loop.
import { closest, distance } from "fastest-levenshtein";

/** The known field an unknown one is most likely a misspelling of, or undefined when none is close. */
export function suggestField(
  written: string,
  known: readonly string[],
): string | undefined {
  if (known.length === 0) return undefined;
  const lower = written.toLowerCase();
  const byLower = new Map(known.map((field) => [field.toLowerCase(), field]));
  const nearest = closest(lower, [...byLower.keys()]);
  // Up to two edits, or a third of the word for long names: `autor`, `sumary`,
  // `imagealt` are typos; `publisher` is not a misspelt `author`.
  const allowed = Math.max(2, Math.floor(written.length / 3));
  return distance(lower, nearest) <= allowed ? byLower.get(nearest) : undefined;
}
