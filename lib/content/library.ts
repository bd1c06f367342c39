// The one reader of content/: it reads every Markdown file in CONTENT_DIR
// (default content/) through lib/content/content-files, and hands out
// read-only, newest-first lists; lib/content/live-library decides when a
// running server reads again, lib/content/published-content what is shown.
// lib/content/content-rules checks what needs every file or public/ (this
// module reads image sizes for it), so the content check and the build share
// one rule set. Files with errors are left out of `articles`; the callers
// decide what an error means (a failed build, the preview's notice, the last
// good version on a running server).
import fs from "node:fs";
import path from "node:path";
import { imageSize } from "image-size";
import type { Article } from "@/lib/content/article";
import { ParseCache, listContentFiles } from "@/lib/content/content-files";
import {
  checkContent,
  localImagePaths,
  type CheckedFile,
  type ImageDimensions,
} from "@/lib/content/content-rules";
import { hasErrors, type ContentProblem } from "@/lib/content/problems";

/** One Markdown file read from the content folder, valid or not. */
export interface ContentFile {
  /** The file as messages name it, e.g. content/busan-signs-a-deal.md. */
  readonly file: string;
  readonly slug: string;
  /** Null when the frontmatter has errors. */
  readonly article: Article | null;
  /** Every problem found in this file, errors and warnings, by line. */
  readonly problems: readonly ContentProblem[];
}

export interface ContentLibrary {
  /** Every Markdown file read, by file name. */
  readonly files: readonly ContentFile[];
  /** The articles of files without errors, newest first. */
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

/** A path as messages show it: relative to the project when inside it, else in full. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith("..") ? file : relative || ".";
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
  files: readonly CheckedFile[],
  publicDir: string,
): Map<string, ImageDimensions | null> {
  const sizes = new Map<string, ImageDimensions | null>();
  for (const urlPath of localImagePaths(files)) {
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
  const results = files.map((file) =>
    cache.parse(dir, file, path.join(shownPath(dir), file.name)),
  );
  const images = readImageSizes(results, publicDir);
  const problems = [
    ...results.flatMap((result) => result.problems),
    ...checkContent(results, { images, now: Date.now() }),
  ].sort(byFileThenLine);
  // Map.groupBy needs Node 21; the site supports Node 20.
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of problems)
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
  const contentFiles = results.map(
    ({ source, article }): ContentFile => ({
      file: source.file,
      slug: source.slug,
      article,
      problems: byFile.get(source.file) ?? [],
    }),
  );
  const articles = contentFiles.flatMap(({ article, problems: own }) =>
    article && !hasErrors(own) ? [article] : [],
  );
  return {
    files: Object.freeze(contentFiles),
    articles: Object.freeze(articles.sort(byNewestFirst)),
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

function cardPhotoType(image: LeadImage): string | undefined {
  return CARD_PHOTO_TYPES[path.extname(image.src).toLowerCase()];
}

/** Whether next/og can draw this photo: on a card, or cropped for JSON-LD. */
export function isDrawablePhoto(image: LeadImage): boolean {
  return cardPhotoType(image) !== undefined;
}

/** The lead photo as a data: URL for a social card, or undefined when a card cannot draw it. */
export async function readCardPhoto(
  image: LeadImage,
): Promise<string | undefined> {
  const type = cardPhotoType(image);
  if (!type) return undefined;
  // getLeadImage only hands out paths it found inside public/ when loading.
  const bytes = await fs.promises.readFile(
    path.join(getPublicDir(), image.src),
  );
  return `data:${type};base64,${bytes.toString("base64")}`;
}
