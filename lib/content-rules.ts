// Checks that need more than one file or facts from disk, as a pure function
// of the parsed articles and those facts (content.ts gathers them): slugs that
// collide, tags spelt two ways, links to missing articles, images missing from
// public/ or without alt text, placeholders, and what the sanitizer would drop.
import type { Article } from "@/lib/article";
import { formatCalendarDate } from "@/lib/dates";
import { scanMarkdown, sanitizerKeepsUrl } from "@/lib/markdown";
import type { ContentProblem } from "@/lib/problems";
import { publicationState } from "@/lib/publishing";
import { articlePath } from "@/lib/site";

export interface ImageDimensions {
  readonly width: number;
  readonly height: number;
}

export interface ContentFacts {
  /** Every Markdown file read, as displayed in messages, valid or not. */
  readonly files: readonly string[];
  /** Each local image path the articles use: its size, null when the file is not a readable image; absent when missing. */
  readonly images: ReadonlyMap<string, ImageDimensions | null>;
  readonly now: number;
}

const PLACEHOLDER = /^TODO\b/;
const ARTICLE_LINK = /^\/articles\/([^/?#]*)\/?(?:[?#].*)?$/;
const HTML_COMMENT = /^<!--[\s\S]*-->$/;
const SNIPPET_LENGTH = 60;

type Rule = (article: Article) => ContentProblem[];

function snippet(text: string): string {
  const firstLine = text.trim().split("\n")[0] ?? "";
  return firstLine.length > SNIPPET_LENGTH
    ? `${firstLine.slice(0, SNIPPET_LENGTH)}…`
    : firstLine;
}

function isLocalPath(url: string): boolean {
  return url.startsWith("/") && !url.startsWith("//");
}

function hasScheme(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}

/** The slug as a file-name key: files differing only in case are one file on macOS and Windows. */
function fileKey(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).toLowerCase();
}

function tagKey(tag: string): string {
  return tag.toLowerCase().replace(/\s+/g, " ");
}

export function checkSlugCollisions(
  files: readonly string[],
): ContentProblem[] {
  const firstByKey = new Map<string, string>();
  return files.flatMap((file) => {
    const first = firstByKey.get(fileKey(file));
    if (first === undefined) {
      firstByKey.set(fileKey(file), file);
      return [];
    }
    return [
      {
        file,
        line: 1,
        field: "file name",
        message: `has the same slug as ${first}`,
        fix: "give each article its own file name; names that differ only in case are the same file on macOS and Windows",
        severity: "error",
      },
    ];
  });
}

/** The spelling most articles use wins; on a tie, the one in the first file. */
function preferredSpellings(
  byFile: readonly Article[],
): Map<string, { spelling: string; file: string }> {
  const uses = new Map<string, { spelling: string; files: string[] }[]>();
  for (const article of byFile) {
    for (const tag of article.tags) {
      const variants = uses.get(tagKey(tag)) ?? [];
      const variant = variants.find((entry) => entry.spelling === tag);
      if (variant) variant.files.push(article.file);
      else variants.push({ spelling: tag, files: [article.file] });
      uses.set(tagKey(tag), variants);
    }
  }
  return new Map(
    [...uses].map(([key, variants]) => {
      const best = variants.reduce((winner, candidate) =>
        candidate.files.length > winner.files.length ? candidate : winner,
      );
      return [key, { spelling: best.spelling, file: best.files[0] ?? "" }];
    }),
  );
}

export function checkTagSpellings(
  articles: readonly Article[],
): ContentProblem[] {
  const byFile = [...articles].sort((a, b) => a.file.localeCompare(b.file));
  const preferred = preferredSpellings(byFile);
  return byFile.flatMap((article) =>
    article.tags.flatMap((tag, index): ContentProblem[] => {
      const winner = preferred.get(tagKey(tag));
      if (!winner || winner.spelling === tag) return [];
      return [
        {
          file: article.file,
          line: article.lines.tags[index] ?? article.lines.fields.tags ?? 1,
          field: "tags",
          message: `"${tag}" is written "${winner.spelling}" in ${winner.file}`,
          fix: `write it exactly "${winner.spelling}", so the articles share one tag`,
          severity: "error",
        },
      ];
    }),
  );
}

function checkPlaceholders(article: Article): ContentProblem[] {
  const fix = article.draft
    ? "replace the TODO text before you publish"
    : "replace the TODO text, or set draft: true until it is ready";
  const problem = (field: string, line: number): ContentProblem => ({
    file: article.file,
    line,
    field,
    message: "is still a placeholder",
    fix,
    severity: article.draft ? "warning" : "error",
  });
  const fields = (["summary", "author", "imageAlt", "imageCredit"] as const)
    .filter((field) => PLACEHOLDER.test(article[field] ?? ""))
    .map((field) => problem(field, article.lines.fields[field] ?? 1));
  const tags = article.tags.flatMap((tag, index) =>
    PLACEHOLDER.test(tag)
      ? [problem("tags", article.lines.tags[index] ?? 1)]
      : [],
  );
  const body = article.markdown
    .split("\n")
    .flatMap((line, index) =>
      PLACEHOLDER.test(line.trim())
        ? [problem("body", article.lines.body + index)]
        : [],
    );
  return [...fields, ...tags, ...body];
}

function imageFileProblem(
  url: string,
  images: ContentFacts["images"],
): { message: string; fix: string } | null {
  const size = images.get(url);
  if (size === undefined)
    return {
      message: `"${url}" does not exist under public/`,
      fix: `put the file at public${url}, or correct the path`,
    };
  if (size === null)
    return {
      message: `"${url}" is not a readable image`,
      fix: "save it again as JPEG, PNG, WebP, AVIF or GIF",
    };
  return null;
}

function checkLeadImage(
  article: Article,
  images: ContentFacts["images"],
): ContentProblem[] {
  if (!article.image) return [];
  const problem = imageFileProblem(article.image, images);
  if (!problem) return [];
  const line = article.lines.fields.image ?? 1;
  return [
    { file: article.file, line, field: "image", ...problem, severity: "error" },
  ];
}

function bodyRules(
  article: Article,
  facts: ContentFacts,
  bySlug: ReadonlyMap<string, Article>,
): ContentProblem[] {
  const scan = scanMarkdown(article.markdown);
  const problems: ContentProblem[] = [];
  const report = (
    bodyLine: number,
    message: string,
    fix: string,
    severity: ContentProblem["severity"] = "error",
  ) =>
    problems.push({
      file: article.file,
      line: article.lines.body + bodyLine - 1,
      field: "body",
      message,
      fix,
      severity,
    });

  for (const { url, line } of scan.links) {
    if (!sanitizerKeepsUrl("link", url)) {
      report(
        line,
        `link to "${snippet(url)}" is removed by the sanitizer`,
        "use an http(s) address or a path on this site",
        "warning",
      );
      continue;
    }
    const slug = ARTICLE_LINK.exec(url)?.[1];
    if (slug === undefined) continue;
    const target = bySlug.get(slug);
    if (!target) {
      report(
        line,
        `links to "${url}", which is not an article`,
        "check the slug against the file names in the content folder",
      );
      continue;
    }
    const state = publicationState(target, facts.now);
    if (
      state === "published" ||
      publicationState(article, facts.now) !== "published"
    )
      continue;
    const when =
      state === "draft"
        ? "a draft"
        : `scheduled for ${formatCalendarDate(target.date.calendarDate)}`;
    report(
      line,
      `links to "${articlePath(slug)}", which is ${when} and answers 404 until it is published`,
      "publish that article first, or remove the link",
      "warning",
    );
  }

  for (const { url, alt, line } of scan.images) {
    if (!alt.trim())
      report(
        line,
        `image "${snippet(url)}" has no alt text`,
        `describe the image inside the brackets, e.g. ![Busan harbour at dusk](${snippet(url)})`,
      );
    if (!sanitizerKeepsUrl("image", url)) {
      report(
        line,
        `image "${snippet(url)}" is removed by the sanitizer`,
        "put the image under public/ and write its path, e.g. /images/busan-port.jpg",
        "warning",
      );
    } else if (!hasScheme(url) && !isLocalPath(url)) {
      report(
        line,
        `image "${snippet(url)}" is a relative path, which breaks on article pages`,
        `start the path with /, e.g. /${url.replace(/^(\.\.?\/)+/, "")}`,
      );
    } else if (isLocalPath(url)) {
      const problem = imageFileProblem(url, facts.images);
      if (problem) report(line, `image ${problem.message}`, problem.fix);
    }
  }

  const htmlByLine = new Map<number, string[]>();
  for (const { html, line } of scan.html) {
    if (HTML_COMMENT.test(html.trim())) continue;
    htmlByLine.set(line, [...(htmlByLine.get(line) ?? []), snippet(html)]);
  }
  for (const [line, snippets] of htmlByLine) {
    report(
      line,
      `raw HTML ${snippets.join(", ")} is removed by the sanitizer`,
      "write it in Markdown instead; see docs/editing.md",
      "warning",
    );
  }
  return problems;
}

/** Every local image path the articles use (lead images and Markdown images), for content.ts to look up under public/. */
export function localImagePaths(articles: readonly Article[]): string[] {
  const paths = articles.flatMap((article) => [
    ...(article.image ? [article.image] : []),
    ...scanMarkdown(article.markdown)
      .images.map((image) => image.url)
      .filter(isLocalPath),
  ]);
  return [...new Set(paths)];
}

export function checkContent(
  articles: readonly Article[],
  facts: ContentFacts,
): ContentProblem[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const perArticle: Rule = (article) => [
    ...checkPlaceholders(article),
    ...checkLeadImage(article, facts.images),
    ...bodyRules(article, facts, bySlug),
  ];
  return [
    ...checkSlugCollisions(facts.files),
    ...checkTagSpellings(articles),
    ...[...articles]
      .sort((a, b) => a.file.localeCompare(b.file))
      .flatMap(perArticle),
  ];
}
