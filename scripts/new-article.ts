// `npm run new -- "Headline"`: checks the headline, writes content/<slug>.md
// (or into CONTENT_DIR) as a draft dated today in Busan, and prints its path and
// its preview address on the port `npm run dev` uses (PORT, default 3000).
// Never overwrites. `--slug name` sets the file name when the headline has no Latin letters.
import path from "node:path";
import { parseArgs } from "node:util";
import {
  createArticleFile,
  getContentDir,
  shownPath,
} from "@/lib/content/library";
import { calendarDateInSiteZone } from "@/lib/dates";
import {
  headlineProblems,
  newArticleText,
  slugFromHeadline,
} from "@/lib/content/new-article";
import { articlePath } from "@/lib/site";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const USAGE = 'Usage: npm run new -- "Headline" [--slug file-name]';

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { slug: { type: "string" } },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : error}\n${USAGE}`);
  }
}

const { positionals, values } = readArguments();
const headline = positionals.join(" ").trim();
if (!headline) fail(USAGE);
const slug = slugFromHeadline(values.slug ?? headline);
if (!slug)
  fail(
    `Cannot make a file name from "${headline}". Give one: npm run new -- "${headline}" --slug busan-example-story`,
  );

const file = path.join(getContentDir(), `${slug}.md`);
const shown = shownPath(file);
const today = calendarDateInSiteZone(new Date());
const problems = headlineProblems(headline, shown, today);
if (problems.length > 0)
  fail(
    `${problems.join("\n")}\nNothing was written. Correct the headline and run it again.`,
  );
if (!createArticleFile(file, newArticleText(headline, today)))
  fail(
    `${shown} already exists; nothing was written. Choose another headline, or give a file name with --slug.`,
  );

console.log(shown);
const port = process.env.PORT || "3000";
console.error(
  `Draft created. Replace each TODO, preview with npm run dev at http://localhost:${port}${articlePath(slug)}, then delete the draft line to publish.`,
);
