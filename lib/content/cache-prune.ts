// Keeps the content cache (lib/content/body-cache, lib/content/parsed-files)
// from growing without end. Every edit of an article leaves its old entries
// behind, and every parser or analyser upgrade a whole folder. The content
// check, the one full read each build makes, prunes after it reads: folders of
// other versions go, and so do entries this read did not use once they are a
// week old, since another content folder (a test site, a second checkout's
// CONTENT_DIR) may share the cache. Pruning too much only costs speed.
import fs from "node:fs";
import path from "node:path";

export const UNUSED_ENTRY_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
const VERSIONED_FOLDER = /^(?:bodies|parsed|search|html)-/;

export interface PruneOutcome {
  readonly removedEntries: number;
  readonly keptEntries: number;
}

function entriesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, encoding: "utf8" })
    .map((name) => path.join(folder, name))
    .filter((file) => fs.statSync(file, { throwIfNoEntry: false })?.isFile());
}

function isStale(file: string, now: number, maxAgeMs: number): boolean {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat !== undefined && now - stat.mtimeMs > maxAgeMs;
}

/** Prunes `root`: `current` names the folders of this version, `used` every entry file the last full read touched. */
export function pruneContentCache(
  root: string,
  current: readonly string[],
  used: ReadonlySet<string>,
  now: number = Date.now(),
  maxAgeMs: number = UNUSED_ENTRY_MAX_AGE_MS,
): PruneOutcome {
  let removedEntries = 0;
  let keptEntries = 0;
  const folders = fs.existsSync(root)
    ? fs.readdirSync(root).filter((name) => VERSIONED_FOLDER.test(name))
    : [];
  for (const name of folders) {
    const folder = path.join(root, name);
    const isCurrent = current.includes(name);
    for (const file of entriesUnder(folder)) {
      if (isCurrent && (used.has(file) || !isStale(file, now, maxAgeMs)))
        keptEntries += 1;
      else {
        fs.rmSync(file, { force: true });
        removedEntries += 1;
      }
    }
    if (!isCurrent) fs.rmSync(folder, { recursive: true, force: true });
  }
  return { removedEntries, keptEntries };
}
