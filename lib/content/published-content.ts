// What the site shows at this moment: the published articles under the one
// publishing policy (lib/content/publishing), cut at the clock. Pages are
// rendered on demand and revalidated (ISR), so nothing needs the cutoff fixed
// at build time any more: a scheduled story appears everywhere once its time
// has passed. A production server keeps one view until the content changes
// (lib/content/live-library) or the next scheduled story is due; `next dev`
// re-reads content/ on every call and shows drafts and scheduled pieces.
import {
  getContentDir,
  getPublicDir,
  readContentLibrary,
  type ContentLibrary,
} from "@/lib/content/library";
import { LiveLibrary } from "@/lib/content/live-library";
import {
  isPreviewMode,
  isVisible,
  publicationCutoff,
} from "@/lib/content/publishing";

/** What the site shows: the published articles, newest first, and the sizes of their images. */
export interface PublishedContent {
  readonly articles: ContentLibrary["articles"];
  readonly images: ContentLibrary["images"];
  /** Every problem found; outside `next dev` there are no errors among them. */
  readonly problems: ContentLibrary["problems"];
  /** Every file read, with its own problems: the preview's notice, /newsroom, a broken file's page. */
  readonly files: ContentLibrary["files"];
  /** Goes up by one whenever what is shown may have changed. */
  readonly revision: number;
  /** When the next scheduled story is due, as epoch ms (Infinity when none is). */
  readonly validUntil: number;
}

function nextScheduledTime(library: ContentLibrary, now: number): number {
  return library.articles.reduce(
    (next, article) =>
      !article.draft && article.date.epochMs > now
        ? Math.min(next, article.date.epochMs)
        : next,
    Number.POSITIVE_INFINITY,
  );
}

function publishedView(
  library: ContentLibrary,
  now: number,
  revision: number,
): PublishedContent {
  const preview = isPreviewMode();
  // library.articles already leaves out files with errors.
  return {
    articles: Object.freeze(
      library.articles.filter((article) => isVisible(article, now, preview)),
    ),
    images: library.images,
    problems: library.problems,
    files: library.files,
    revision,
    validUntil: nextScheduledTime(library, now),
  };
}

/** A build must fail on broken content; a running server must keep serving. Next
 * inlines NEXT_RUNTIME into its bundles, so it is unset only outside Next (scripts, tests). */
function isBuildOrScript(): boolean {
  return (
    process.env.NEXT_PHASE === "phase-production-build" ||
    !process.env.NEXT_RUNTIME
  );
}

// Turbopack bundles lib/ once for pages and once more for route handlers
// (feeds, sitemaps), so a build's worker or a server holds two copies of this
// module. Each kept its own LiveLibrary and read all of CONTENT_DIR: at 10,000
// articles a second 1.8 s read in every build, and every article twice in a
// server's memory. So the libraries live on globalThis, one per folder and
// mode, where both copies find them.
declare global {
  var busanLedgerLiveLibraries: Map<string, LiveLibrary> | undefined;
}

function liveLibraryFor(
  dir: string,
  publicDir: string,
  strict: boolean,
): LiveLibrary {
  const libraries = (globalThis.busanLedgerLiveLibraries ??= new Map<
    string,
    LiveLibrary
  >());
  const key = JSON.stringify([dir, publicDir, strict]);
  let library = libraries.get(key);
  if (!library) {
    library = new LiveLibrary(dir, publicDir, console.error, strict);
    libraries.set(key, library);
  }
  return library;
}

let current:
  | { readonly libraryRevision: number; readonly view: PublishedContent }
  | undefined;

/** The published list now; throws a ContentError when the first read of CONTENT_DIR has errors. */
export function loadPublishedContent(
  now: number = publicationCutoff(),
): PublishedContent {
  if (isPreviewMode()) return publishedView(readContentLibrary(), now, 0);
  const { library, revision } = liveLibraryFor(
    getContentDir(),
    getPublicDir(),
    isBuildOrScript(),
  ).current(now);
  if (
    current?.libraryRevision !== revision ||
    now >= current.view.validUntil
  ) {
    const view = publishedView(library, now, (current?.view.revision ?? 0) + 1);
    current = { libraryRevision: revision, view };
  }
  return current.view;
}
