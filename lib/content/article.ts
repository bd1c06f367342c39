// Parsing one article is a pure function of (text, file name): split the
// frontmatter, validate it against the schema, and return either the Article
// or every problem found, each pointing at the line to fix.
import path from "node:path";
import type { z } from "zod";
import { latestDate, type PublicationDate } from "@/lib/dates";
import { splitFrontMatter } from "@/lib/content/front-matter";
import {
  analyzeMarkdown,
  countWords,
  readingMinutes,
  type MarkdownScan,
} from "@/lib/content/markdown";
import type { ContentProblem } from "@/lib/content/problems";
import {
  FIELD_FIXES,
  KNOWN_FIELDS,
  frontmatterSchema,
  type Frontmatter,
} from "@/lib/content/schema";

export interface Article extends Frontmatter {
  readonly slug: string;
  readonly file: string;
  readonly markdown: string;
  readonly plainText: string;
  /** Links, images and raw HTML in the body, for the content rules. */
  readonly scan: MarkdownScan;
  readonly wordCount: number;
  readonly readingMinutes: number;
  /** The latest of date, updated and every entry in updates. */
  readonly modified: PublicationDate;
  /** Where things sit in the file, so later checks can name the line to fix. */
  readonly lines: ArticleLines;
}

export interface ArticleLines {
  /** File line of each top-level frontmatter field that is present. */
  readonly fields: Readonly<Partial<Record<string, number>>>;
  /** File line of each tag, in order (the tags line itself for a [flow, list]). */
  readonly tags: readonly number[];
  /** File line on which the Markdown body starts: body line n is file line body + n - 1. */
  readonly body: number;
}

export type ArticleUpdate = Article["updates"][number];

/** Editor's notes as readers see them, page and feeds alike: newest first, on a copy. */
export function updatesNewestFirst(
  updates: readonly ArticleUpdate[],
): ArticleUpdate[] {
  return [...updates].sort((a, b) => b.date.epochMs - a.date.epochMs);
}

export interface ParseResult {
  readonly article: Article | null;
  readonly problems: readonly ContentProblem[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function slugFromFileName(file: string): string {
  return path.basename(file).replace(/\.md$/i, "");
}

function fieldName(issuePath: readonly PropertyKey[]): string {
  return issuePath.reduce<string>((name, part) => {
    if (typeof part === "number") return `${name}[${part}]`;
    return name ? `${name}.${String(part)}` : String(part);
  }, "");
}

/** The file line of a field such as ['updates', 1, 'date']: its key, within the right list item. */
function lineOfField(
  frontMatter: string,
  issuePath: readonly PropertyKey[],
): number {
  const lines = frontMatter.split("\n");
  let from = 0;
  let indent = "";
  for (const part of issuePath) {
    if (typeof part === "number") {
      const items = lines
        .map((line, index) => ({ line, index }))
        .filter(({ line, index }) => index >= from && /^\s*- /.test(line));
      const item = items[part];
      if (!item) break;
      from = item.index;
      indent = "[ -]*";
      continue;
    }
    const key = new RegExp(
      `^${indent}\\s*(?:- )?${String(part).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:`,
    );
    const found = lines.findIndex(
      (line, index) => index >= from && key.test(line),
    );
    if (found === -1) break;
    from = found;
  }
  return from + 1;
}

function issueToProblems(
  issue: z.core.$ZodIssue,
  file: string,
  frontMatter: string,
): ContentProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      file,
      line: lineOfField(frontMatter, [...issue.path, key]),
      field: fieldName([...issue.path, key]),
      message: "is not a known field",
      fix: `check the spelling; known fields are ${KNOWN_FIELDS.join(", ")}`,
      severity: "error",
    }));
  }
  const fixKey = issue.path
    .filter((part) => typeof part !== "number")
    .map(String)
    .join(".");
  return [
    {
      file,
      line: issue.path.length ? lineOfField(frontMatter, issue.path) : 1,
      field: fieldName(issue.path) || "front matter",
      message: issue.message,
      fix:
        FIELD_FIXES[fixKey] ?? "see docs/editing.md for the frontmatter fields",
      severity: "error",
    },
  ];
}

/** Fields with defaults (draft, updates, events) exist on the result even when the file omits them. */
function isWritten(data: unknown, key: string): boolean {
  return typeof data === "object" && data !== null && Object.hasOwn(data, key);
}

export function parseArticle(text: string, file: string): ParseResult {
  const slug = slugFromFileName(file);
  const problems: ContentProblem[] = [];
  if (!SLUG.test(slug)) {
    problems.push({
      file,
      line: 1,
      field: "file name",
      message: `"${path.basename(file)}" is not a valid slug`,
      fix: "rename the file in lower-case words joined by hyphens, e.g. busan-signs-ftx-deal.md",
      severity: "error",
    });
  }
  const split = splitFrontMatter(text);
  if (!split.ok) {
    const { line, message, fix } = split.problem;
    return {
      article: null,
      problems: [
        ...problems,
        { file, line, field: "front matter", message, fix, severity: "error" },
      ],
    };
  }
  const result = frontmatterSchema.safeParse(split.data);
  if (!result.success) {
    problems.push(
      ...result.error.issues.flatMap((issue) =>
        issueToProblems(issue, file, split.frontMatter),
      ),
    );
  }
  if (!result.success || problems.length > 0)
    return { article: null, problems };

  const frontmatter = result.data;
  const { plainText, scan } = analyzeMarkdown(split.body);
  const wordCount = countWords(plainText);
  const modified = latestDate([
    frontmatter.date,
    ...(frontmatter.updated ? [frontmatter.updated] : []),
    ...frontmatter.updates.map((entry) => entry.date),
  ]) ?? frontmatter.date;
  const lines: ArticleLines = {
    fields: Object.fromEntries(
      Object.keys(frontmatter)
        .filter((key) => isWritten(split.data, key))
        .map((key) => [key, lineOfField(split.frontMatter, [key])]),
    ),
    tags: frontmatter.tags.map((_, index) =>
      lineOfField(split.frontMatter, ["tags", index]),
    ),
    body: split.bodyLine,
  };
  const article: Article = {
    ...frontmatter,
    slug,
    file,
    markdown: split.body,
    plainText,
    scan,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    modified,
    lines,
  };
  return { article, problems };
}
