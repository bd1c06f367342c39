// Markdown to HTML, and to plain text for word counts and search. The HTML is
// sanitized here (remark-html's allowlist: no scripts, frames, styles, event
// handlers or javascript: URLs), so the one component that injects HTML can trust it.
import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Nodes } from "mdast";

const WORDS_PER_MINUTE = 230;

const htmlProcessor = remark().use(remarkHtml, { sanitize: true });
const parser = remark();

export function renderMarkdown(markdown: string): string {
  return String(htmlProcessor.processSync(markdown));
}

// Inline containers join their text directly; blocks are separated by a space.
const INLINE_PARENTS = new Set([
  "paragraph",
  "heading",
  "emphasis",
  "strong",
  "delete",
  "link",
  "linkReference",
  "tableCell",
]);

function nodeText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (!("children" in node)) return "";
  const separator = INLINE_PARENTS.has(node.type) ? "" : " ";
  return node.children.map((child) => nodeText(child)).join(separator);
}

export function markdownToPlainText(markdown: string): string {
  return nodeText(parser.parse(markdown)).replace(/\s+/g, " ").trim();
}

export function countWords(plainText: string): number {
  return plainText.split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
