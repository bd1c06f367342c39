// Text folding shared by tag slugs and search: compatibility-decompose (NFKD),
// drop combining marks, lower-case. "Café", "CAFE" and "ｃａｆｅ" all fold to
// "cafe". Hangul is recomposed (NFC) so Korean words stay whole syllables.
const COMBINING_MARKS = /\p{M}/gu;
// ASCII has no compatibility forms and no marks: lower-casing is the whole fold,
// and skipping Unicode normalization makes tokenizing a long body several times faster.
const ASCII_ONLY = /^\p{ASCII}*$/u;

export function foldText(text: string): string {
  if (ASCII_ONLY.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .normalize("NFC")
    .toLowerCase();
}

/** Words and numbers, with the character offsets where they stand in `text`. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** What a word is made of: letters, marks and digits (a regular expression's source). */
export const WORD_CHARACTER = String.raw`[\p{L}\p{M}\p{N}]`;
/** One or more characters that separate words. */
export const NON_WORD_CHARACTERS = String.raw`[^\p{L}\p{M}\p{N}]+`;
const WORD = new RegExp(`${WORD_CHARACTER}+`, "gu");

export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    word: foldText(match[0]),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** "1 file", "2 files", "0 errors": a count with its noun in the right number. */
export function countOf(
  count: number,
  noun: string,
  plural = `${noun}s`,
): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
