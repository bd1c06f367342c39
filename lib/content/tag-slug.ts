// Tag identity, decided once: a tag's slug is its folded words joined by
// hyphens ("Busan Digital Asset Exchange" → busan-digital-asset-exchange).
// Spellings with one slug share one tag page, so the schema, the content check,
// tag pages, related stories and feeds all compare tags through this function.
import { foldText } from "@/lib/text";

const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function tagSlug(tag: string): string {
  return foldText(tag)
    .replace(NOT_WORD, "-")
    .replace(/^-+|-+$/g, "");
}
