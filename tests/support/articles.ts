// Builds Article objects for unit tests through the real parser, so fixtures
// can never drift from what the schema accepts.
import { parseArticle, type Article } from "@/lib/content/article";
import { SiteIndex } from "@/lib/reading/site-index";

export interface ArticleSpec {
  readonly slug: string;
  readonly date: string;
  readonly tags: readonly string[];
  readonly title?: string;
  readonly summary?: string;
  readonly body?: string;
  readonly author?: string;
  /** The original publisher's name, written as `source: { name: … }`. */
  readonly sourceName?: string;
  /** YAML list items, e.g. ['{ date: "2019", title: Zone set up }']. */
  readonly events?: readonly string[];
  /** YAML list items, e.g. ['{ date: 2023-11-02, note: Convicted }']. */
  readonly updates?: readonly string[];
}

function yamlList(field: string, items: readonly string[] = []): string {
  if (items.length === 0) return "";
  return `${field}:\n${items.map((item) => `  - ${item}`).join("\n")}\n`;
}

export function makeArticle(spec: ArticleSpec): Article {
  const events = yamlList("events", spec.events);
  const updates = yamlList("updates", spec.updates);
  const text = `---
title: ${JSON.stringify(spec.title ?? `Story ${spec.slug}`)}
date: ${spec.date}
summary: ${JSON.stringify(spec.summary ?? "A summary.")}
author: ${JSON.stringify(spec.author ?? "Test Desk")}
tags: ${JSON.stringify(spec.tags)}
${spec.sourceName ? `source: { name: ${JSON.stringify(spec.sourceName)} }\n` : ""}${events}${updates}---

${spec.body ?? "Body text."}
`;
  const { article, problems } = parseArticle(text, `${spec.slug}.md`);
  if (!article) throw new Error(problems.map((p) => p.message).join("; "));
  return article;
}

/** Newest first, as the site index holds them. */
export function newestFirst(articles: readonly Article[]): readonly Article[] {
  return [...articles].sort((a, b) => b.date.epochMs - a.date.epochMs);
}

/** A site index over these articles (sorted newest first), with no images. */
export function siteIndexOf(articles: readonly Article[]): SiteIndex {
  return new SiteIndex({
    articles: newestFirst(articles),
    images: new Map(),
    problems: [],
    revision: 1,
    validUntil: Number.POSITIVE_INFINITY,
    files: [],
  });
}
export function articleFromFrontmatter(
  slug: string,
  frontmatter: string,
  body = "Body.",
): Article {
  const { article, problems } = parseArticle(
    `---\n${frontmatter.trim()}\n---\n\n${body}\n`,
    `${slug}.md`,
  );
  if (!article)
    throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join("; "));
  return article;
}
