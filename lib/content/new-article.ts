// What `npm run new` writes: a slug made from the headline, and a draft whose
// every required field is filled, the unknown ones with TODO placeholders. The
// content check warns about TODO in a draft and fails on it once published.
import { parseArticle } from "@/lib/content/article";
import { isPlaceholder } from "@/lib/content/placeholder";
import { formatProblem } from "@/lib/content/problems";
import { SUMMARY_MAX_LENGTH } from "@/lib/content/schema";
import { foldText } from "@/lib/text";

const MAX_SLUG_LENGTH = 80;

/** "Busan's FTX deal: what now?" → "busans-ftx-deal-what-now"; "" when no Latin letter or digit is left. */
export function slugFromHeadline(headline: string): string {
  const slug = foldText(headline)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, cut.lastIndexOf("-")).replace(/-+$/, "");
}

/** JSON strings are valid YAML, so any headline (colons, quotes, #) survives as written. */
function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function newArticleText(headline: string, today: string): string {
  return `---
title: ${yamlString(headline.trim())}
date: ${today}
# Replace every TODO, then delete the draft line to publish. See docs/editing.md.
summary: "TODO: one or two sentences, at most ${SUMMARY_MAX_LENGTH} characters"
author: "TODO: the byline, e.g. CoinJournal"
tags: ["TODO: a tag, e.g. Busan"]
draft: true
---

TODO: write the article here, in Markdown.
`;
}

/**
 * What is wrong with a headline, as the content check would say it about the
 * file `npm run new` writes from it (plus a TODO headline, which no rule catches
 * in a draft); empty when it is fine.
 */
export function headlineProblems(
  headline: string,
  file: string,
  today: string,
): string[] {
  if (isPlaceholder(headline))
    return [`${file}:2: title: is a placeholder (give the real headline)`];
  return parseArticle(newArticleText(headline, today), file).problems.map(
    formatProblem,
  );
}
