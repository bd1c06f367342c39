// The one reader of content/: it reads every Markdown file in CONTENT_DIR
// (default content/) through lib/content/content-files, and hands out
// read-only, newest-first lists; lib/content/live-library decides when a
// running server reads again, lib/content/published-content what is shown.
// lib/content/content-rules checks what needs every file or public/ (this
// module reads image sizes for it), so the content check and the build share
// one rule set.
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { Article } from "@/lib/content/article";
import { ParseCache, listContentFiles } from "@/lib/content/content-files";
import {
  checkContent,
  localImagePaths,
  type ImageDimensions,
} from "@/lib/content/content-rules";
import type { ContentProblem } from "@/lib/content/problems";
import { renderMarkdown } from "@/lib/content/markdown";

export interface ContentLibrary {
  readonly articles: readonly Article[];
  readonly problems: readonly ContentProblem[];
  /** Size of every local image the articles use, keyed by its path under public/. */
  readonly images: ReadonlyMap<string, ImageDimensions | null>;
}

export interface LeadImage extends ImageDimensions {
  readonly src: string;
  readonly alt: string;
  readonly credit?: string;
}

export function getContentDir(): string {
  const configured = process.env.CONTENT_DIR;
  // The ignore comment keeps Turbopack from tracing the whole project for this dynamic path.
  return configured
    ? path.resolve(/* turbopackIgnore: true */ configured)
    : path.join(process.cwd(), "content");
}

export function getPublicDir(): string {
  return path.join(process.cwd(), "public");
}

/** Reads one image's intrinsic size; null when it is missing outside public/ or not an image. */
function readImageSize(
  publicDir: string,
  urlPath: string,
): ImageDimensions | null | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(publicDir, decoded);
  // A path such as /../../etc/passwd.png must not read outside public/.
  if (!file.startsWith(publicDir + path.sep)) return undefined;
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  try {
    const { width, height } = imageSize(fs.readFileSync(file));
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}

function readImageSizes(
  articles: readonly Article[],
  publicDir: string,
): Map<string, ImageDimensions | null> {
  const sizes = new Map<string, ImageDimensions | null>();
  for (const urlPath of localImagePaths(articles)) {
    const size = readImageSize(publicDir, urlPath);
    if (size !== undefined) sizes.set(urlPath, size);
  }
  return sizes;
}

function byFileThenLine(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line;
}

export function byNewestFirst(a: Article, b: Article): number {
  return b.date.epochMs - a.date.epochMs || a.slug.localeCompare(b.slug);
}

/** Reads and checks a content folder without throwing: the content check prints what this returns.
 * A running server passes its ParseCache, so only files changed since its last read are parsed. */
export function readContentLibrary(
  dir: string = getContentDir(),
  publicDir: string = getPublicDir(),
  cache: ParseCache = new ParseCache(),
): ContentLibrary {
  const files = listContentFiles(dir);
  cache.keepOnly(files);
  const relativeDir = path.relative(process.cwd(), dir);
  const displayDir = relativeDir.startsWith("..") ? dir : relativeDir || ".";
  const displayNames = files.map((file) => path.join(displayDir, file.name));
  const results = files.map((file, index) =>
    cache.parse(dir, file, displayNames[index] ?? file.name),
  );
  const articles = results.flatMap((result) =>
    result.article ? [result.article] : [],
  );
  const images = readImageSizes(articles, publicDir);
  const problems = [
    ...results.flatMap((result) => result.problems),
    ...checkContent(articles, { files: displayNames, images, now: Date.now() }),
  ].sort(byFileThenLine);
  return {
    articles: Object.freeze([...articles].sort(byNewestFirst)),
    problems: Object.freeze(problems),
    images,
  };
}

/** Writes a new article file, or returns false when one of that name exists: it never overwrites. */
export function createArticleFile(file: string, text: string): boolean {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, text, { flag: "wx" });
    return true;
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "EEXIST")
      return false;
    throw error;
  }
}

/** The article's lead image with its intrinsic size, so next/image and cards can reserve its space. */
export function leadImageOf(
  article: Article,
  images: ContentLibrary["images"],
): LeadImage | undefined {
  const size = article.image ? images.get(article.image) : undefined;
  if (!article.image || !article.imageAlt || !size) return undefined;
  return {
    src: article.image,
    alt: article.imageAlt,
    ...(article.imageCredit ? { credit: article.imageCredit } : {}),
    ...size,
  };
}

// satori (next/og) draws PNG and JPEG photos; other formats get the plain card.
const CARD_PHOTO_TYPES: Readonly<Record<string, string>> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
};

/** The lead photo as a data: URL for a social card, or undefined when a card cannot draw it. */
export async function readCardPhoto(
  image: LeadImage,
): Promise<string | undefined> {
  const type = CARD_PHOTO_TYPES[path.extname(image.src).toLowerCase()];
  if (!type) return undefined;
  // getLeadImage only hands out paths it found inside public/ when loading.
  const bytes = await fs.promises.readFile(
    path.join(getPublicDir(), image.src),
  );
  return `data:${type};base64,${bytes.toString("base64")}`;
}

/** Article HTML, sanitized. Not memoized: a build renders each body once, and a
 * memo would keep every body of a 10,000-article archive in memory. */
export function getArticleHtml(article: Article): string {
  return renderMarkdown(article.markdown);
}
