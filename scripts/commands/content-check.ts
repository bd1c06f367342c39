// What `npm run content:check` does, as functions a test can call without a
// process: check a folder once (printing every problem and a summary, returning
// the exit code), or watch it. Exit codes (docs/editing.md): 0 no errors
// (warnings allowed), 1 errors, 2 the check could not run.
import fs from "node:fs";
import { ParseCache } from "@/lib/content/content-files";
import {
  getPublicDir,
  readContentLibrary,
  shownPath,
} from "@/lib/content/library";
import { checkSummary, formatProblem, hasErrors } from "@/lib/content/problems";
import type { CommandOutput } from "./output";

export const EXIT_ERRORS = 1;
export const EXIT_CANNOT_RUN = 2;
// Editors' saves arrive as several events (truncate, write, rename): check once they settle.
const SETTLE_MS = 150;

/** `prune`: afterwards, delete the cache entries this full read did not use (lib/content/cache-prune). */
export function checkContent(
  dir: string,
  output: CommandOutput,
  { prune = false } = {},
): number {
  let library;
  const cache = new ParseCache();
  try {
    library = readContentLibrary(dir, getPublicDir(), cache);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.err(
      `Cannot read the content folder ${dir}: ${reason} (create it, or set CONTENT_DIR to the folder of articles)`,
    );
    return EXIT_CANNOT_RUN;
  }
  if (prune) cache.pruneDisk();
  for (const problem of library.problems) output.err(formatProblem(problem));
  const summary = checkSummary(library.files, shownPath(dir));
  if (hasErrors(library.problems)) {
    output.err(
      `\nContent check failed. ${summary}. Fix the lines above; see docs/editing.md.`,
    );
    return EXIT_ERRORS;
  }
  output.out(`Content check passed. ${summary}.`);
  return 0;
}

/** Checks now and again after every save; close the watcher to stop. */
export function watchContent(
  dir: string,
  output: CommandOutput,
): fs.FSWatcher | number {
  const first = checkContent(dir, output);
  if (first === EXIT_CANNOT_RUN) return first;
  output.out(
    `\nWatching ${dir}; the check runs again on every save. Stop with Ctrl-C.`,
  );
  let timer: NodeJS.Timeout | undefined;
  const watcher = fs.watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      output.out(
        `\n— ${new Date().toLocaleTimeString("en-GB")}: re-checking —`,
      );
      checkContent(dir, output);
    }, SETTLE_MS);
  });
  watcher.on("close", () => clearTimeout(timer));
  return watcher;
}
