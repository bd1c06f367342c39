// `npm run content:check`: prints every problem in every file, one line each,
// then a summary counting every file read. `npm run build` runs it first.
// `-- --watch` re-checks whenever a file in the content folder changes.
// Exit codes (docs/editing.md): 0 no errors (warnings allowed), 1 errors,
// 2 the check could not run (unknown option, content folder unreadable).
import fs from "node:fs";
import { parseArgs } from "node:util";
import {
  getContentDir,
  readContentLibrary,
  shownPath,
} from "@/lib/content/library";
import { checkSummary, formatProblem, hasErrors } from "@/lib/content/problems";

const EXIT_ERRORS = 1;
const EXIT_CANNOT_RUN = 2;
// Editors' saves arrive as several events (truncate, write, rename): check once they settle.
const SETTLE_MS = 150;

function cannotRun(message: string): never {
  console.error(message);
  process.exit(EXIT_CANNOT_RUN);
}

/** Runs one check, prints it, and returns the exit code it earns. */
function check(dir: string): number {
  let library;
  try {
    library = readContentLibrary(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    cannotRun(
      `Cannot read the content folder ${dir}: ${reason} (create it, or set CONTENT_DIR to the folder of articles)`,
    );
  }
  for (const problem of library.problems) console.error(formatProblem(problem));
  const summary = checkSummary(library.files, shownPath(dir));
  if (hasErrors(library.problems)) {
    console.error(
      `\nContent check failed. ${summary}. Fix the lines above; see docs/editing.md.`,
    );
    return EXIT_ERRORS;
  }
  console.log(`Content check passed. ${summary}.`);
  return 0;
}

function watch(dir: string): void {
  check(dir);
  console.log(
    `\nWatching ${dir}; the check runs again on every save. Stop with Ctrl-C.`,
  );
  let timer: NodeJS.Timeout | undefined;
  fs.watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.log(
        `\n— ${new Date().toLocaleTimeString("en-GB")}: re-checking —`,
      );
      check(dir);
    }, SETTLE_MS);
  });
}

let options;
try {
  options = parseArgs({ options: { watch: { type: "boolean" } } }).values;
} catch (error) {
  cannotRun(
    `${error instanceof Error ? error.message : String(error)}\nUsage: npm run content:check [-- --watch]`,
  );
}
const dir = getContentDir();
if (options.watch) watch(dir);
else process.exitCode = check(dir);
