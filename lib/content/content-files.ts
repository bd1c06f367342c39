// The Markdown files of a content folder with a stamp each (modification time
// and size), and a parse cache keyed by that stamp. Listing a folder with stamps
// is the cheap change check a running server makes every few seconds; the cache
// means a change re-parses only the files that changed. Under it, a file any
// process parsed before comes whole from the on-disk ParsedFileCache, and a
// body any process analysed from the BodyCache; the bodies themselves stay on
// disk until a page asks for one.
import fs from "node:fs";
import path from "node:path";
import type { ParseResult } from "@/lib/content/article";
import { BodyCache } from "@/lib/content/body-cache";
import type { PruneOutcome } from "@/lib/content/cache-prune";
import { ParsedFileCache } from "@/lib/content/parsed-files";

export interface ListedFile {
  readonly name: string;
  /** Changes whenever the file's text may have changed. */
  readonly stamp: string;
}

function isMarkdownFile(entry: fs.Dirent): boolean {
  return entry.isFile() && entry.name.toLowerCase().endsWith(".md");
}

/** The folder's Markdown files, sorted by name; a file deleted while listing is left out. */
export function listContentFiles(dir: string): ListedFile[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter(isMarkdownFile)
    .map((entry) => entry.name)
    .sort()
    .flatMap((name) => {
      const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
      return stat ? [{ name, stamp: `${stat.mtimeMs}:${stat.size}` }] : [];
    });
}

/** One string that differs whenever a file is added, removed or changed. */
export function listingKey(files: readonly ListedFile[]): string {
  return files.map((file) => `${file.name}\0${file.stamp}`).join("\n");
}

/** Parse results of the files as last read, so an unchanged file is never parsed twice. */
export class ParseCache {
  readonly #entries = new Map<string, { stamp: string; result: ParseResult }>();
  readonly #stored: ParsedFileCache;

  constructor(bodies: BodyCache = new BodyCache()) {
    this.#stored = new ParsedFileCache(bodies);
  }

  parse(dir: string, file: ListedFile, displayName: string): ParseResult {
    const cached = this.#entries.get(file.name);
    if (cached?.stamp === file.stamp) return cached.result;
    const sourceFile = path.join(dir, file.name);
    const result = this.#stored.parse(
      fs.readFileSync(sourceFile, "utf8"),
      displayName,
      sourceFile,
    );
    this.#entries.set(file.name, { stamp: file.stamp, result });
    return result;
  }

  /** Deletes cache entries on disk that no parse through this cache used and are a week old, and old versions' folders. */
  pruneDisk(): PruneOutcome {
    return this.#stored.prune();
  }

  /** Forgets files no longer in the folder, so deleted stories do not stay in memory. */
  keepOnly(files: readonly ListedFile[]): void {
    const names = new Set(files.map((file) => file.name));
    for (const name of this.#entries.keys())
      if (!names.has(name)) this.#entries.delete(name);
  }
}
