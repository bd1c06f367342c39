// Parsing one article is a pure function of (text, file name): split the
// frontmatter, validate it against the schema, and return the Article (what
// pages need) beside the ArticleSource (where things sit in the file, for the
// content rules), with every problem found, each pointing at the line to fix.
import path from "node:path";
import type { z } from "zod";
import { latestDate, type PublicationDate } from "@/lib/dates";
import { suggestField } from "@/lib/content/field-suggestion";
import {
  splitFrontMatter,
  type FieldPositions,
} from "@/lib/content/front-matter";
import {
  readBodyInMemory,
  type ArticleBody,
  type BodyRead,
} from "@/lib/content/article-body";
import { readingMinutes, type MarkdownScan } from "@/lib/content/markdown";
import { placeholderLines } from "@/lib/content/placeholder";
import type { ContentProblem } from "@/lib/content/problems";
import {
  FIELD_FIXES,
  KNOWN_KEYS,
  frontmatterSchema,
  type Frontmatter,
} from "@/lib/content/schema";

export interface Article extends Frontmatter {
  readonly slug: string;
  /** Loaded when a page, a feed item or search needs it; never held beside the index. */
  readonly body: ArticleBody;
  readonly wordCount: number;
  readonly readingMinutes: number;
  /** The latest of date, updated and every entry in updates. */
  readonly modified: PublicationDate;
}

/** A file as the content rules see it, whether or not its frontmatter is valid. */
export interface ArticleSource {
  /** The file as messages name it, e.g. content/busan-signs-a-deal.md. */
  readonly file: string;
  readonly slug: string;
  /** Where each frontmatter field sits; absent when the frontmatter could not be read. */
  readonly positions: FieldPositions | null;
  /** The Markdown body, its first file line and what it links to; absent when the file has no body. */
  readonly body: SourceBody | null;
}

export interface SourceBody {
  /** File line on which the body starts: body line n is file line line + n - 1. */
  readonly line: number;
  /** Links, images and raw HTML in the body, for the content rules. */
  readonly scan: MarkdownScan;
  /** Body lines still starting "TODO", for the content rules. */
  readonly placeholderLines: readonly number[];
}

export type ArticleUpdate = Article["updates"][number];

export interface ParseResult {
  readonly source: ArticleSource;
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

/** A path as FIELD_FIXES and KNOWN_KEYS key it: `updates.date` for ['updates', 1, 'date']. */
function schemaKey(issuePath: readonly PropertyKey[]): string {
  return issuePath
    .filter((part) => typeof part !== "number")
    .map(String)
    .join(".");
}

interface UnknownField {
  readonly problem: ContentProblem;
  /** The known field it is likely a misspelling of, named as problems name fields. */
  readonly suggestion?: string;
}

function unknownField(
  issuePath: readonly PropertyKey[],
  key: string,
  file: string,
  positions: FieldPositions,
): UnknownField {
  const known = KNOWN_KEYS[schemaKey(issuePath)] ?? [];
  const suggestion = suggestField(key, known);
  const problem: ContentProblem = {
    file,
    line: positions.lineOf([...issuePath, key]),
    field: fieldName([...issuePath, key]),
    message: suggestion
      ? `is not a known field; did you mean \`${suggestion}\`?`
      : "is not a known field",
    fix: suggestion
      ? `rename it ${suggestion}`
      : `check the spelling; known fields are ${known.join(", ")}`,
    severity: "error",
  };
  return suggestion
    ? { problem, suggestion: fieldName([...issuePath, suggestion]) }
    : { problem };
}

function issueProblems(
  issues: readonly z.core.$ZodIssue[],
  file: string,
  positions: FieldPositions,
): ContentProblem[] {
  const unknown = issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => unknownField(issue.path, key, file, positions))
      : [],
  );
  // `autor:` is one mistake: "did you mean `author`?" says it, so "author: is required" would repeat it.
  const suggested = new Set(unknown.map((entry) => entry.suggestion));
  const others = issues.flatMap((issue): ContentProblem[] => {
    const field = fieldName(issue.path) || "front matter";
    if (issue.code === "unrecognized_keys") return [];
    if (issue.message === "is required" && suggested.has(field)) return [];
    return [
      {
        file,
        line: issue.path.length ? positions.lineOf(issue.path) : 1,
        field,
        message: issue.message,
        fix:
          FIELD_FIXES[schemaKey(issue.path)] ??
          "see docs/editing.md for the frontmatter fields",
        severity: "error",
      },
    ];
  });
  return [...unknown.map((entry) => entry.problem), ...others].sort(
    (a, b) => a.line - b.line,
  );
}

function fileNameProblems(file: string, slug: string): ContentProblem[] {
  if (SLUG.test(slug)) return [];
  return [
    {
      file,
      line: 1,
      field: "file name",
      message: `"${path.basename(file)}" is not a valid slug`,
      fix: "rename the file in lower-case words joined by hyphens, e.g. busan-signs-ftx-deal.md",
      severity: "error",
    },
  ];
}

/** The Article from validated frontmatter: also how lib/content/parsed-files rebuilds a stored one. */
export function buildArticle(
  frontmatter: Frontmatter,
  slug: string,
  body: ArticleBody,
  wordCount: number,
): Article {
  return {
    ...frontmatter,
    slug,
    body,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    modified:
      latestDate([
        frontmatter.date,
        ...(frontmatter.updated ? [frontmatter.updated] : []),
        ...frontmatter.updates.map((entry) => entry.date),
      ]) ?? frontmatter.date,
  };
}

/** `readBody` analyses the body (the costly part) and says how to load it again: in
 * memory by default, through the on-disk cache for the library (lib/content/body-cache). */
export function parseArticle(
  text: string,
  file: string,
  readBody: (markdown: string) => BodyRead = readBodyInMemory,
): ParseResult {
  const slug = slugFromFileName(file);
  const split = splitFrontMatter(text);
  const read = split.body ? readBody(split.body.markdown) : null;
  const source: ArticleSource = {
    file,
    slug,
    positions: split.ok ? split.positions : null,
    body:
      split.body && read
        ? {
            line: split.body.line,
            scan: read.analysis.scan,
            placeholderLines: placeholderLines(split.body.markdown),
          }
        : null,
  };
  const problems = fileNameProblems(file, slug);
  if (!split.ok) {
    const { line, message, fix } = split.problem;
    problems.push({
      file,
      line,
      field: "front matter",
      message,
      fix,
      severity: "error",
    });
    return { source, article: null, problems };
  }
  const result = frontmatterSchema.safeParse(split.data);
  if (!result.success) {
    problems.push(...issueProblems(result.error.issues, file, split.positions));
  }
  if (!result.success || problems.length > 0 || !read)
    return { source, article: null, problems };
  const article = buildArticle(
    result.data,
    slug,
    read.body,
    read.analysis.wordCount,
  );
  return { source, article, problems };
}
