// What search reads of a text: its folded words once each, with how often each
// occurs, and the whole text folded for phrase checks (lib/text decides what a
// word is and how it folds). Worked out once per body and stored beside it
// (lib/content/body-cache), so building the search index tokenizes no body.
import { NON_WORD_CHARACTERS, foldText, tokenize } from "@/lib/text";

// Search's phrase patterns see any run of separators alike, so one space
// stands for each: curly quotes and dashes would otherwise make every body a
// two-byte string, twice the memory.
const SEPARATORS = new RegExp(NON_WORD_CHARACTERS, "gu");

export interface SearchWords {
  /** Each folded word once, in the order it first occurs. */
  readonly words: readonly string[];
  /** How often each word occurs, by its position in `words`. */
  readonly counts: readonly number[];
  /** The whole text folded, each run of non-word characters one space: for phrase checks. */
  readonly folded: string;
}

export function searchWordsOf(text: string): SearchWords {
  const counts = new Map<string, number>();
  for (const { word } of tokenize(text))
    counts.set(word, (counts.get(word) ?? 0) + 1);
  return {
    words: [...counts.keys()],
    counts: [...counts.values()],
    folded: foldText(text).replace(SEPARATORS, " "),
  };
}
