// Markdown to HTML, and to plain text for word counts and search. The HTML is
// sanitized here (remark-html's allowlist: no scripts, frames, styles, event
// handlers or javascript: URLs), so the one component that injects HTML can trust it.
import { remark } from "remark";
import remarkHtml from "remark-html";
import remarkSmartypants from "remark-smartypants";
import { sanitize } from "hast-util-sanitize";
import type { Element } from "hast";
import type { Nodes, Root } from "mdast";
import type { Node } from "unist";
import { TYPOGRAPHY_OPTIONS } from "@/lib/content/typography";

const WORDS_PER_MINUTE = 230;

const htmlProcessor = remark()
  .use(remarkSmartypants, TYPOGRAPHY_OPTIONS)
  .use(remarkHtml, { sanitize: true });
// Plain text (word counts, search words) is the body's text as written: typesetting
// it was ~80% of a first analysis (BENCHMARKS.md, "Run C"), and only a search
// snippet shows any of it, typeset where it is shown (lib/reading/search.ts).
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

function plainTextOf(tree: Nodes): string {
  return nodeText(tree).replace(/\s+/g, " ").trim();
}

export function countWords(plainText: string): number {
  return plainText.split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

export interface MarkdownLink {
  readonly url: string;
  /** Line within the Markdown body, counting from 1. */
  readonly line: number;
}

export interface MarkdownImage extends MarkdownLink {
  readonly alt: string;
}

export interface MarkdownHtml {
  readonly html: string;
  readonly line: number;
}

/** What a body links to, shows and embeds: the facts the content rules check. */
export interface MarkdownScan {
  readonly links: readonly MarkdownLink[];
  readonly images: readonly MarkdownImage[];
  readonly html: readonly MarkdownHtml[];
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

/** What reading an article needs from its body: lib/content/body-cache keeps it on disk. */
export interface BodyAnalysis {
  readonly plainText: string;
  readonly wordCount: number;
  readonly scan: MarkdownScan;
}

/** Plain text and scan from one parse: parsing is most of the cost of loading an article. */
export function analyzeMarkdown(markdown: string): BodyAnalysis {
  const tree = parser.runSync(parser.parse(markdown));
  if (!isRoot(tree)) throw new Error("remark returned no Markdown tree");
  const plainText = plainTextOf(tree);
  return { plainText, wordCount: countWords(plainText), scan: scanTree(tree) };
}

function isRoot(node: Node): node is Root {
  return node.type === "root";
}

function scanTree(tree: Nodes): MarkdownScan {
  const links: MarkdownLink[] = [];
  const images: MarkdownImage[] = [];
  const html: MarkdownHtml[] = [];
  const definitions = new Map<string, string>();
  const imageReferences: { identifier: string; alt: string; line: number }[] =
    [];
  walk(tree, (node) => {
    if (node.type === "link" || node.type === "definition")
      links.push({ url: node.url, line: lineOf(node) });
    if (node.type === "definition") definitions.set(node.identifier, node.url);
    if (node.type === "image")
      images.push({ url: node.url, alt: node.alt ?? "", line: lineOf(node) });
    if (node.type === "imageReference")
      imageReferences.push({
        identifier: node.identifier,
        alt: node.alt ?? "",
        line: lineOf(node),
      });
    if (node.type === "html")
      html.push({ html: node.value, line: lineOf(node) });
  });
  // `![alt][ref]` takes its address from a definition that may come later in the body.
  for (const { identifier, alt, line } of imageReferences) {
    const url = definitions.get(identifier);
    if (url !== undefined) images.push({ url, alt, line });
  }
  return { links, images, html };
}

/** Asks the sanitizer itself whether it keeps this address, so the check cannot drift from it. */
export function sanitizerKeepsUrl(
  kind: "link" | "image",
  url: string,
): boolean {
  const [tagName, property] = kind === "link" ? ["a", "href"] : ["img", "src"];
  const element: Element = {
    type: "element",
    tagName,
    properties: { [property]: url },
    children: [],
  };
  const kept = sanitize(element);
  return (
    kept.type === "element" &&
    kept.tagName === tagName &&
    kept.properties[property] === url
  );
}
