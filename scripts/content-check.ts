// `npm run content:check`: prints every problem in every file, one line each,
// then a summary counting every file read. `npm run build` runs it first.
// `-- --watch` re-checks whenever a file in the content folder changes.
// The work is in scripts/commands/content-check.ts; this file reads the
// command line and sets the exit code.
import { parseArgs } from "node:util";
import { getContentDir } from "@/lib/content/library";
import {
  EXIT_CANNOT_RUN,
  checkContent,
  watchContent,
} from "./commands/content-check";
import { TERMINAL } from "./commands/output";

function readOptions() {
  try {
    return parseArgs({ options: { watch: { type: "boolean" } } }).values;
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : String(error)}\nUsage: npm run content:check [-- --watch]`,
    );
    return process.exit(EXIT_CANNOT_RUN);
  }
}

const dir = getContentDir();
if (readOptions().watch) {
  const watching = watchContent(dir, TERMINAL);
  if (typeof watching === "number") process.exitCode = watching;
} else process.exitCode = checkContent(dir, TERMINAL, { prune: true });
