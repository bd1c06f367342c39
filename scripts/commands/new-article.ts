// What `npm run new` does, as a function a test can call without a process:
// checks the headline, writes <contentDir>/<slug>.md as a draft dated `today`,
// prints its path and its preview address, and returns the exit code. Never
// overwrites. `--slug name` sets the file name when the headline has no Latin letters.
import path from "node:path";
import { parseArgs } from "node:util";
import { createArticleFile, shownPath } from "@/lib/content/library";
import {
  headlineProblems,
  newArticleText,
  slugFromHeadline,
} from "@/lib/content/new-article";
import { articlePath } from "@/lib/site";
import type { CommandOutput } from "./output";

const EXIT_REFUSED = 1;
const USAGE = 'Usage: npm run new -- "Headline" [--slug file-name]';

export interface NewArticleContext {
  readonly contentDir: string;
  /** Today's calendar date in the site's zone, YYYY-MM-DD. */
  readonly today: string;
  /** The port `npm run dev` serves on. */
  readonly port: string;
}

function readArguments(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { slug: { type: "string" } },
    });
  } catch (error) {
    return `${error instanceof Error ? error.message : error}\n${USAGE}`;
  }
}

/** Writes the draft, or explains on `output.err` why not; returns the exit code. */
export function newArticle(
  args: readonly string[],
  context: NewArticleContext,
  output: CommandOutput,
): number {
  const refuse = (message: string): number => {
    output.err(message);
    return EXIT_REFUSED;
  };
  const parsed = readArguments(args);
  if (typeof parsed === "string") return refuse(parsed);
  const headline = parsed.positionals.join(" ").trim();
  if (!headline) return refuse(USAGE);
  const slug = slugFromHeadline(parsed.values.slug ?? headline);
  if (!slug)
    return refuse(
      `Cannot make a file name from "${headline}". Give one: npm run new -- "${headline}" --slug busan-example-story`,
    );
  const file = path.join(context.contentDir, `${slug}.md`);
  const shown = shownPath(file);
  const problems = headlineProblems(headline, shown, context.today);
  if (problems.length > 0)
    return refuse(
      `${problems.join("\n")}\nNothing was written. Correct the headline and run it again.`,
    );
  if (!createArticleFile(file, newArticleText(headline, context.today)))
    return refuse(
      `${shown} already exists; nothing was written. Choose another headline, or give a file name with --slug.`,
    );
  output.out(shown);
  output.err(
    `Draft created. Replace each TODO, preview with npm run dev at http://localhost:${context.port}${articlePath(slug)}, then delete the draft line to publish.`,
  );
  return 0;
}
