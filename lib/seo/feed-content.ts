// What a feed item carries besides the body, so a reader away from the site
// sees what the page shows: the dated update and correction notes above the
// body (newest first, as on the page) and the "Originally published by" line.
// Site-relative links get the site address, since readers show the HTML elsewhere.
import type { Article } from "@/lib/content/article";
import { notesNewestFirst } from "@/lib/reading/updates";
import { formatCalendarDate } from "@/lib/dates";
import { absoluteUrl } from "@/lib/site";

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/** Plain text (front matter notes, names, addresses) made safe inside HTML text and attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => HTML_ESCAPES[character] ?? "");
}

function updateNotes(article: Article): string[] {
  return notesNewestFirst(article).map((update) => {
    const label = update.correction ? "Correction" : "Update";
    const date = formatCalendarDate(update.date.calendarDate);
    return `<p><strong>${label}, ${date}:</strong> ${escapeHtml(update.note)}</p>`;
  });
}

function attribution(article: Article): string[] {
  if (!article.source) return [];
  const name = escapeHtml(article.source.name);
  const credit = article.source.url
    ? `<a href="${escapeHtml(article.source.url)}">${name}</a>`
    : name;
  return [`<p>Originally published by ${credit}.</p>`];
}

function withAbsoluteLinks(html: string): string {
  return html.replace(/ (href|src)="\/(?!\/)/g, ` $1="${absoluteUrl("/")}`);
}

/** The item's HTML: notes, the sanitized body, then the credit to the original publisher. */
export function feedItemHtml(article: Article, bodyHtml: string): string {
  return [
    ...updateNotes(article),
    withAbsoluteLinks(bodyHtml),
    ...attribution(article),
  ].join("\n");
}
