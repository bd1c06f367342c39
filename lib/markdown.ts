// Markdown to HTML, and to plain text for word counts and search. The HTML is
// sanitized here (remark-html's allowlist: no scripts, frames, styles, event
// handlers or javascript: URLs), so the one component that injects HTML can trust it.
import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { toString } from 'mdast-util-to-string';

const WORDS_PER_MINUTE = 230;

const htmlProcessor = remark().use(remarkHtml, { sanitize: true });
const parser = remark();

export function renderMarkdown(markdown: string): string {
  return String(htmlProcessor.processSync(markdown));
}

export function markdownToPlainText(markdown: string): string {
  return toString(parser.parse(markdown), { includeHtml: false }).replace(/\s+/g, ' ').trim();
}

export function countWords(plainText: string): number {
  return plainText.split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
