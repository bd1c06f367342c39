// The costly part of reading an article, the analysis of its Markdown body
// (plain text and the scan the content rules check), kept on disk with the
// body itself and keyed by a hash of the body and of the analyser, so the
// content check, every `next build` worker and a starting server analyse each
// body once per change between them, and none of them keeps bodies in memory:
// a page loads its body back by hash (the version that was read, even if the
// file has broken since). An entry that cannot be read or fails its schema is
// analysed again and rewritten: the cache never makes a read fail. Beside each
// body, in a folder of its own, its search words (lib/content/search-words),
// written when the body is read for a parse, so the search index loads a
// small entry per article and tokenizes nothing. And its HTML, in a third
// folder, written the first time a page or a feed renders it: a feed shows
// 50 bodies and is regenerated every few seconds on a running server, and
// SmartyPants made each regeneration cost ~1.2 CPU-s, every other request
// waiting behind it (BENCHMARKS.md, issue 14).
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { ArticleBody, BodyRead } from "@/lib/content/article-body";
import {
  cacheVersion,
  entryFile,
  getContentCacheDir,
  readEntry,
  sha256,
  writeEntry,
} from "@/lib/content/cache-files";
import { splitFrontMatter } from "@/lib/content/front-matter";
import {
  analyzeMarkdown,
  renderMarkdown,
  type BodyAnalysis,
} from "@/lib/content/markdown";
import { searchWordsOf, type SearchWords } from "@/lib/content/search-words";

/** Bump when analyzeMarkdown's output or the entry's shape changes in a way the probe below does not show. */
const CACHE_FORMAT = 2;

// Touches every part of the analysis, so an upgrade of remark or SmartyPants
// that changes what it returns also changes the cache key.
const PROBE = [
  "# A \"quoted\" heading -- with dashes... and `code`",
  "",
  "Text with [a link](https://example.com/a) and ![an image](/images/a.png).",
  "",
  "> It's a quote --- with an em dash.",
  "",
  "- one [reference][ref]",
  "- two ![ref image][ref]",
  "",
  "<div>raw html</div>",
  "",
  "[ref]: https://example.com/ref",
].join("\n");

const linkSchema = z.object({ url: z.string(), line: z.number() });
/** A MarkdownScan as the caches store it. */
export const scanSchema = z.object({
  links: z.array(linkSchema),
  images: z.array(linkSchema.extend({ alt: z.string() })),
  html: z.array(z.object({ html: z.string(), line: z.number() })),
});
const entrySchema = z.object({
  markdown: z.string(),
  plainText: z.string(),
  wordCount: z.number(),
  scan: scanSchema,
});

const searchWordsSchema = z.object({
  words: z.array(z.string()),
  counts: z.array(z.number()),
  folded: z.string(),
});

/** Bump when search words' entry shape changes in a way the probe does not show. */
const SEARCH_WORDS_FORMAT = 2;
// Both folding paths (ASCII, accents, full-width, Hangul) and a repeated word.
const SEARCH_PROBE = "Café CAFE ｃａｆｅ 부산 Busan’s busan -- 2022";

const htmlSchema = z.object({ html: z.string() });

/** Bump when the HTML entry's shape changes in a way the probe does not show. */
const HTML_FORMAT = 1;

let analyserVersion: string | undefined;
let searchWordsVersion: string | undefined;
let rendererVersion: string | undefined;

/** Names this analyser: its cache format and what it makes of the probe. */
export function currentAnalyserVersion(): string {
  analyserVersion ??= cacheVersion(CACHE_FORMAT, analyzeMarkdown(PROBE));
  return analyserVersion;
}

/** Names the search words' folder: the analyser that made the plain text, and what search-words makes of the probe. */
export function currentSearchWordsVersion(): string {
  searchWordsVersion ??= cacheVersion(
    SEARCH_WORDS_FORMAT,
    currentAnalyserVersion(),
    searchWordsOf(SEARCH_PROBE),
  );
  return searchWordsVersion;
}

/** Names the HTML folder: what the renderer makes of the probe. */
export function currentRendererVersion(): string {
  rendererVersion ??= cacheVersion(HTML_FORMAT, renderMarkdown(PROBE));
  return rendererVersion;
}

/** The entry in `file`, or `make()`'s value, stored there for the next reader. */
function storedOrMade<T>(
  file: string,
  schema: z.ZodType<T>,
  make: () => T,
): T {
  const stored = readEntry(file, schema);
  if (stored) return stored;
  const made = make();
  writeEntry(file, made);
  return made;
}

/** A body with its analysis, as one cache entry holds them. */
interface StoredEntry extends BodyAnalysis {
  readonly markdown: string;
}

export interface BodyCacheOptions {
  /** Names the analyser; entries of another version are never read. */
  readonly version?: string;
  readonly analyze?: (markdown: string) => BodyAnalysis;
  /** Names the renderer; HTML entries of another version are never read. */
  readonly rendererVersion?: string;
  readonly render?: (markdown: string) => string;
}

/** What BodyCache.read yields: with the hash that names the body in the cache. */
export interface CachedBodyRead extends BodyRead {
  readonly hash: string;
}

export class BodyCache {
  /** The cache folder: CONTENT_CACHE_DIR's, unless a test names another. */
  readonly root: string;
  readonly #dir: string;
  readonly #searchDir: string;
  readonly #htmlDir: string;
  readonly #analyze: (markdown: string) => BodyAnalysis;
  readonly #render: (markdown: string) => string;
  readonly #used = new Set<string>();

  constructor(root: string = getContentCacheDir(), options: BodyCacheOptions = {}) {
    this.root = root;
    this.#dir = path.join(
      root,
      `bodies-${options.version ?? currentAnalyserVersion()}`,
    );
    this.#searchDir = path.join(root, `search-${currentSearchWordsVersion()}`);
    this.#htmlDir = path.join(
      root,
      `html-${options.rendererVersion ?? currentRendererVersion()}`,
    );
    this.#analyze = options.analyze ?? analyzeMarkdown;
    this.#render = options.render ?? renderMarkdown;
  }

  /** The body's analysis from disk when this text was analysed before, else analysed now and stored. */
  analyze(markdown: string): BodyAnalysis {
    return this.#entryOf(markdown, sha256(markdown));
  }

  /** The analysis, and a handle that loads this body back from the cache, or from `sourceFile` if the cache lost it. */
  read(markdown: string, sourceFile: string): CachedBodyRead {
    const hash = sha256(markdown);
    const analysis = this.#entryOf(markdown, hash);
    const words = entryFile(this.#searchDir, hash);
    if (!fs.existsSync(words))
      writeEntry(words, searchWordsOf(analysis.plainText));
    return { analysis, body: this.bodyAt(hash, sourceFile), hash };
  }

  /** A handle on the body stored under `hash` (read from `sourceFile` if the cache lost it). */
  bodyAt(hash: string, sourceFile: string): ArticleBody {
    return new CachedBody(this, hash, sourceFile);
  }

  /** The stored body with this hash, or undefined when it was never stored or is unreadable. */
  stored(hash: string): StoredEntry | undefined {
    return readEntry(this.markUsed(hash), entrySchema);
  }

  /** The search words of the body stored under `hash`; worked out from `plainText` and stored when missing. */
  searchWords(hash: string, plainText: () => string): SearchWords {
    return storedOrMade(
      entryFile(this.#searchDir, hash),
      searchWordsSchema,
      () => searchWordsOf(plainText()),
    );
  }

  /** The HTML of the body stored under `hash`; rendered from `markdown` and stored when missing. */
  html(hash: string, markdown: () => string): string {
    return storedOrMade(entryFile(this.#htmlDir, hash), htmlSchema, () => ({
      html: this.#render(markdown()),
    })).html;
  }

  /** Records that the current content needs this body, its search words and its HTML (lib/content/cache-prune keeps them); returns the body's entry file. */
  markUsed(hash: string): string {
    const file = entryFile(this.#dir, hash);
    this.#used.add(file);
    this.#used.add(entryFile(this.#searchDir, hash));
    this.#used.add(entryFile(this.#htmlDir, hash));
    return file;
  }

  /** The folders of this version and the entries used since this cache was made: what pruning keeps. */
  inUse(): {
    readonly folders: readonly string[];
    readonly entries: ReadonlySet<string>;
  } {
    const folders = [this.#dir, this.#searchDir, this.#htmlDir].map((dir) =>
      path.basename(dir),
    );
    return { folders, entries: this.#used };
  }

  #entryOf(markdown: string, hash: string): StoredEntry {
    const file = this.markUsed(hash);
    const cached = readEntry(file, entrySchema);
    if (cached) return cached;
    const entry = { markdown, ...this.#analyze(markdown) };
    writeEntry(file, entry);
    return entry;
  }
}

/** A body left on disk, read back when a page, a feed or search asks for it. */
class CachedBody implements ArticleBody {
  readonly #cache: BodyCache;
  readonly #hash: string;
  readonly #sourceFile: string;

  constructor(cache: BodyCache, hash: string, sourceFile: string) {
    this.#cache = cache;
    this.#hash = hash;
    this.#sourceFile = sourceFile;
  }

  markdown(): string {
    return this.#entry().markdown;
  }

  plainText(): string {
    return this.#entry().plainText;
  }

  searchWords(): SearchWords {
    return this.#cache.searchWords(this.#hash, () => this.plainText());
  }

  html(): string {
    return this.#cache.html(this.#hash, () => this.markdown());
  }

  // The cache folder may have been deleted or be read-only: then the file's
  // current body is the best there is (the last good version only lives in the cache).
  #entry(): StoredEntry {
    const stored = this.#cache.stored(this.#hash);
    if (stored) return stored;
    const text = fs.readFileSync(this.#sourceFile, "utf8");
    const markdown = splitFrontMatter(text).body?.markdown ?? "";
    return { markdown, ...this.#cache.analyze(markdown) };
  }
}
