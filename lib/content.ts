// The only module that touches the file system. It reads every Markdown file
// in CONTENT_DIR (default content/) once per process (every request in dev,
// for live preview), parses them with lib/article, and hands out read-only,
// newest-first lists. Any error in any file fails the whole load, listing all.
import fs from "node:fs";
import path from "node:path";
import { parseArticle, type Article } from "@/lib/article";
import { ContentError, hasErrors, type ContentProblem } from "@/lib/problems";
import { isPreviewMode, isVisible } from "@/lib/publishing";
import { renderMarkdown } from "@/lib/markdown";

export interface ContentLibrary {
  readonly articles: readonly Article[];
  readonly problems: readonly ContentProblem[];
}

export function getContentDir(): string {
  const configured = process.env.CONTENT_DIR;
  // The ignore comment keeps Turbopack from tracing the whole project for this dynamic path.
  return configured
    ? path.resolve(/* turbopackIgnore: true */ configured)
    : path.join(process.cwd(), "content");
}

function byNewestFirst(a: Article, b: Article): number {
  return b.date.epochMs - a.date.epochMs || a.slug.localeCompare(b.slug);
}

/** Reads and checks a content folder without throwing: the content check prints what this returns. */
export function readContentLibrary(
  dir: string = getContentDir(),
): ContentLibrary {
  const files = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && entry.name.toLowerCase().endsWith(".md"),
    )
    .map((entry) => entry.name)
    .sort();
  const relativeDir = path.relative(process.cwd(), dir);
  const displayDir = relativeDir.startsWith("..") ? dir : relativeDir || ".";
  const results = files.map((name) =>
    parseArticle(
      fs.readFileSync(path.join(dir, name), "utf8"),
      path.join(displayDir, name),
    ),
  );
  const articles = results.flatMap((result) =>
    result.article ? [result.article] : [],
  );
  return {
    articles: Object.freeze([...articles].sort(byNewestFirst)),
    problems: Object.freeze(results.flatMap((result) => result.problems)),
  };
}

let cachedLibrary: ContentLibrary | undefined;

function loadLibrary(): ContentLibrary {
  // In dev every page load re-reads content/, so edits show without a restart.
  const library = isPreviewMode()
    ? readContentLibrary()
    : (cachedLibrary ??= readContentLibrary());
  if (hasErrors(library.problems)) throw new ContentError(library.problems);
  return library;
}

interface PublishedIndex {
  readonly articles: readonly Article[];
  readonly bySlug: ReadonlyMap<string, Article>;
}

function indexVisible(library: ContentLibrary): PublishedIndex {
  const now = Date.now();
  const preview = isPreviewMode();
  const articles = Object.freeze(
    library.articles.filter((article) => isVisible(article, now, preview)),
  );
  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
  };
}

let cachedIndex: PublishedIndex | undefined;

// A build asks for the list and a slug once per page: at 10,000 pages, filtering
// and scanning per call is quadratic, so production decides the list once per
// process (the pages are static, so "now" is the build's time anyway).
function loadVisible(): PublishedIndex {
  if (isPreviewMode()) return indexVisible(loadLibrary());
  return (cachedIndex ??= indexVisible(loadLibrary()));
}

/** The articles this build shows, newest first. */
export function getVisibleArticles(): readonly Article[] {
  return loadVisible().articles;
}

export function getVisibleArticle(slug: string): Article | undefined {
  return loadVisible().bySlug.get(slug);
}

const renderedBodies = new Map<string, string>();

/** Article HTML, rendered on first use and kept (except in dev): a build renders each body once. */
export function getArticleHtml(article: Article): string {
  if (isPreviewMode()) return renderMarkdown(article.markdown);
  let html = renderedBodies.get(article.slug);
  if (html === undefined) {
    html = renderMarkdown(article.markdown);
    renderedBodies.set(article.slug, html);
  }
  return html;
}
