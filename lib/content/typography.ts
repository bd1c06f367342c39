// The one rule for typographic punctuation: curly quotes and apostrophes,
// en and em dashes, ellipses. SmartyPants (retext-smartypants) applies it to
// frontmatter text here and, through remark-smartypants, to Markdown bodies in
// markdown.ts, with the same options, so a headline and its body cannot disagree.
import { retext } from "retext";
import retextSmartypants from "retext-smartypants";

/** `--` is an en dash and `---` an em dash, as in most house styles. */
export const TYPOGRAPHY_OPTIONS = { dashes: "oldschool" } as const;

const processor = retext().use(retextSmartypants, TYPOGRAPHY_OPTIONS);

/** Text as readers see it: "city's" becomes "city’s", `--` an en dash. */
export function typographic(text: string): string {
  return String(processor.processSync(text));
}
