// Writes the "paged" fixture site: 45 generated articles, enough for three
// index pages and a two-page tag, plus timeline events at every precision and
// accented text for search (generated, not committed, to keep the repo small);
// and the drafts fixture beside them (a draft, a story scheduled for 2099, and
// a published story with a lead image, newer than every generated one), so
// one build serves both.
import fs from "node:fs";
import path from "node:path";

export const PAGED_ARTICLE_COUNT = 45;

function storyNumber(n: number): string {
  return String(n).padStart(2, "0");
}

/** Story n is dated n days after 1 January 2024, so story 45 is the newest. */
export function pagedSlug(n: number): string {
  return `paged-story-${storyNumber(n)}`;
}

const EVENTS: Readonly<Record<number, string>> = {
  1: '  - date: "2023-05-02"\n    title: A day-precise event\n',
  2: '  - date: "2023"\n    title: A year-only event\n',
  3: '  - date: "2023-05"\n    title: A month-only event\n',
};

function article(n: number): string {
  const date = new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
  const tags = ["Busan", ...(n % 2 === 1 ? ["Ports"] : [])];
  if (n === 7) tags.push("Café Société");
  const events = EVENTS[n] ? `events:\n${EVENTS[n]}` : "";
  const body =
    n === 7
      ? "The Société Générale branch in Busan opened a café for traders."
      : `Paged story number ${n} reports on the harbour.`;
  return `---
title: Paged story ${storyNumber(n)}
date: ${date}
summary: Fixture story ${n} of ${PAGED_ARTICLE_COUNT}.
author: Fixture Desk
tags: [${tags.join(", ")}]
${events}---

${body}
`;
}

const DRAFTS_FIXTURE = path.resolve(import.meta.dirname, "../fixtures/drafts");

/** The drafts fixture's one published story: the newest on the paged site. */
export const PICTURED_STORY = "/articles/published-with-image";

export function writePagedContent(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (let n = 1; n <= PAGED_ARTICLE_COUNT; n += 1)
    fs.writeFileSync(path.join(dir, `${pagedSlug(n)}.md`), article(n));
  fs.cpSync(DRAFTS_FIXTURE, dir, { recursive: true });
}
