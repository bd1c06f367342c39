// Keeps a running server's content current without a rebuild or a restart. At
// most every CONTENT_CHECK_INTERVAL_MS it lists CONTENT_DIR with each file's
// stamp (lib/content/content-files); only when that listing changed does it
// read again, re-parsing just the changed files. A read with errors never
// replaces good content: a broken file keeps its last good version (a new one
// stays out) and the problems go to the server log. A strict library (a build,
// a script) throws on a first read with errors instead, so such a build fails.
import {
  ParseCache,
  listContentFiles,
  listingKey,
} from "@/lib/content/content-files";
import {
  byNewestFirst,
  readContentLibrary,
  type ContentLibrary,
} from "@/lib/content/library";
import { ContentError, hasErrors } from "@/lib/content/problems";

/** How stale a server's view of CONTENT_DIR may be; listing 10,000 files takes a few ms. */
export const CONTENT_CHECK_INTERVAL_MS = 2000;

export interface LibrarySnapshot {
  readonly library: ContentLibrary;
  /** Goes up by one each time the library is read again. */
  readonly revision: number;
}

/** The new read with each broken file replaced by its last good version, if it had one. */
function keepLastGood(
  read: ContentLibrary,
  lastGood: ContentLibrary,
): ContentLibrary {
  const broken = new Set(
    read.files.filter((file) => hasErrors(file.problems)).map((file) => file.slug),
  );
  const articles = [
    ...read.articles,
    ...lastGood.articles.filter((article) => broken.has(article.slug)),
  ].sort(byNewestFirst);
  return {
    // Nor any broken file: a production page must not show an editor's problems.
    files: read.files.filter((file) => !hasErrors(file.problems)),
    articles: Object.freeze(articles),
    // The errors are logged; what is served has none left.
    problems: Object.freeze(
      read.problems.filter((problem) => problem.severity !== "error"),
    ),
    images: new Map([...lastGood.images, ...read.images]),
  };
}

const NOTHING_GOOD: ContentLibrary = {
  files: [],
  articles: [],
  problems: [],
  images: new Map(),
};

export class LiveLibrary {
  readonly #dir: string;
  readonly #publicDir: string;
  readonly #log: (message: string) => void;
  readonly #parseCache = new ParseCache();
  #snapshot?: LibrarySnapshot;
  #listing?: string;
  #checkedAt = Number.NEGATIVE_INFINITY;
  readonly #strict: boolean;

  constructor(
    dir: string,
    publicDir: string,
    log: (message: string) => void = console.error,
    strict = true,
  ) {
    this.#strict = strict;
    this.#dir = dir;
    this.#publicDir = publicDir;
    this.#log = log;
  }

  /** The library as of at most CONTENT_CHECK_INTERVAL_MS ago. */
  current(now: number = Date.now()): LibrarySnapshot {
    if (this.#snapshot && now - this.#checkedAt < CONTENT_CHECK_INTERVAL_MS)
      return this.#snapshot;
    this.#checkedAt = now;
    const listing = listingKey(listContentFiles(this.#dir));
    if (this.#snapshot && listing === this.#listing) return this.#snapshot;
    const read = readContentLibrary(
      this.#dir,
      this.#publicDir,
      this.#parseCache,
    );
    this.#snapshot = {
      library: this.#accept(read),
      revision: (this.#snapshot?.revision ?? 0) + 1,
    };
    this.#listing = listing;
    return this.#snapshot;
  }

  #accept(read: ContentLibrary): ContentLibrary {
    if (!hasErrors(read.problems)) return read;
    if (!this.#snapshot && this.#strict) throw new ContentError(read.problems);
    this.#log(
      `${new ContentError(read.problems).message}\n` +
        "Serving the last good version of each broken file until it is fixed.",
    );
    return keepLastGood(read, this.#snapshot?.library ?? NOTHING_GOOD);
  }
}
