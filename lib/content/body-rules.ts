// Checks of one file's Markdown body, as a pure function of the file and
// facts gathered from disk: links to missing articles (or to unpublished ones),
// images missing from public/ or without alt text, and everything the
// sanitizer would remove, each with the line in the file.
import type { Article, ArticleSource } from "@/lib/content/article";
import { formatCalendarDate } from "@/lib/dates";
import { sanitizerKeepsUrl, type MarkdownScan } from "@/lib/content/markdown";
import type { ContentProblem } from "@/lib/content/problems";
import { publicationState } from "@/lib/content/publishing";
import { articlePath } from "@/lib/site";

export interface ImageDimensions {
  readonly width: number;
  readonly height: number;
}

/** One file read: its source always, its Article when the frontmatter is valid. */
export interface CheckedFile {
  readonly source: ArticleSource;
  readonly article: Article | null;
}

/** Each slug in the folder: its Article, or null when that file has frontmatter errors. */
export type ArticlesBySlug = ReadonlyMap<string, Article | null>;

export interface BodyFacts {
  /** Each local image path the articles use: its size, null when the file is not a readable image; absent when missing. */
  readonly images: ReadonlyMap<string, ImageDimensions | null>;
  readonly now: number;
}

const ARTICLE_LINK = /^\/articles\/([^/?#]*)\/?(?:[?#].*)?$/;
const HTML_COMMENT = /^<!--[\s\S]*-->$/;
const SNIPPET_LENGTH = 60;

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

export function imageFileProblem(
  url: string,
  images: BodyFacts["images"],
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

/** Reports a problem at a body line, as the file line an editor sees. */
type Report = (
  bodyLine: number,
  message: string,
  fix: string,
  severity?: ContentProblem["severity"],
) => void;

function checkLinks(
  links: MarkdownScan["links"],
  report: Report,
  article: Article | null,
  facts: BodyFacts,
  bySlug: ArticlesBySlug,
): void {
  for (const { url, line } of links) {
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
    // A file with frontmatter errors reports them itself: the link is not the mistake.
    if (target === null) continue;
    if (!target) {
      report(
        line,
        `links to "${url}", which is not an article`,
        "check the slug against the file names in the content folder",
      );
      continue;
    }
    // Only a published article's link can break for readers.
    const state = publicationState(target, facts.now);
    if (
      state === "published" ||
      !article ||
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
}

function checkImages(
  images: MarkdownScan["images"],
  report: Report,
  facts: BodyFacts,
): void {
  for (const { url, alt, line } of images) {
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
}

/** One warning a line: `<b>bold</b>` is two HTML nodes but one thing to fix. Comments go quietly. */
function checkRawHtml(html: MarkdownScan["html"], report: Report): void {
  const byLine = new Map<number, string[]>();
  for (const node of html) {
    if (HTML_COMMENT.test(node.html.trim())) continue;
    byLine.set(node.line, [
      ...(byLine.get(node.line) ?? []),
      snippet(node.html),
    ]);
  }
  for (const [line, snippets] of byLine) {
    report(
      line,
      `raw HTML ${snippets.join(", ")} is removed by the sanitizer`,
      "write it in Markdown instead; see docs/editing.md",
      "warning",
    );
  }
}

export function checkBody(
  { source, article }: CheckedFile,
  facts: BodyFacts,
  bySlug: ArticlesBySlug,
): ContentProblem[] {
  const { body } = source;
  if (!body) return [];
  const problems: ContentProblem[] = [];
  const report: Report = (bodyLine, message, fix, severity = "error") =>
    problems.push({
      file: source.file,
      line: body.line + bodyLine - 1,
      field: "body",
      message,
      fix,
      severity,
    });
  const { scan } = body;
  checkLinks(scan.links, report, article, facts, bySlug);
  checkImages(scan.images, report, facts);
  checkRawHtml(scan.html, report);
  return problems;
}

/** Every local image path the articles use (lead images and Markdown images), for content.ts to look up under public/. */
export function localImagePaths(files: readonly CheckedFile[]): string[] {
  const paths = files.flatMap(({ source, article }) => [
    ...(article?.image ? [article.image] : []),
    ...(source.body?.scan.images ?? [])
      .map((image) => image.url)
      .filter(isLocalPath),
  ]);
  return [...new Set(paths)];
}
