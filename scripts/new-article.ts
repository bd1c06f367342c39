// `npm run new -- "Headline"`: writes content/<slug>.md (or into CONTENT_DIR)
// as a draft dated today in Busan, and prints its path. Never overwrites.
// `--slug name` sets the file name when the headline has no Latin letters.
import path from "node:path";
import { parseArgs } from "node:util";
import { createArticleFile, getContentDir } from "@/lib/content/library";
import { calendarDateInSiteZone } from "@/lib/dates";
import { newArticleText, slugFromHeadline } from "@/lib/content/new-article";
import { articlePath } from "@/lib/site";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { slug: { type: "string" } },
});
const headline = positionals.join(" ").trim();
if (!headline) fail('Usage: npm run new -- "Headline" [--slug file-name]');
const slug = slugFromHeadline(values.slug ?? headline);
if (!slug)
  fail(
    `Cannot make a file name from "${headline}". Give one: npm run new -- "${headline}" --slug busan-example-story`,
  );

const file = path.join(getContentDir(), `${slug}.md`);
const relative = path.relative(process.cwd(), file);
const shown = relative.startsWith("..") ? file : relative;
const today = calendarDateInSiteZone(new Date());
if (!createArticleFile(file, newArticleText(headline, today)))
  fail(
    `${shown} already exists; nothing was written. Choose another headline, or give a file name with --slug.`,
  );

console.log(shown);
console.error(
  `Draft created. Replace each TODO, preview with npm run dev at http://localhost:3000${articlePath(slug)}, then delete the draft line to publish.`,
);
