// `npm run content:check`: prints every problem in every article, one line each,
// and exits 1 when any is an error (warnings alone pass). `npm run build` runs it first.
import { readContentLibrary, getContentDir } from "@/lib/content/library";
import { formatProblem, hasErrors } from "@/lib/content/problems";

const dir = getContentDir();
const { articles, problems } = readContentLibrary(dir);

for (const problem of problems) console.error(formatProblem(problem));

const errorCount = problems.filter(
  (problem) => problem.severity === "error",
).length;
const warningCount = problems.length - errorCount;
const summary = `${articles.length} article(s) checked in ${dir}: ${errorCount} error(s), ${warningCount} warning(s)`;
if (hasErrors(problems)) {
  console.error(
    `\nContent check failed. ${summary}. Fix the lines above; see docs/editing.md.`,
  );
  process.exitCode = 1;
} else {
  console.log(`Content check passed. ${summary}.`);
}
