// Problems found in content, as editors read them: one line each, naming the
// file, the line, the field, what is wrong and how to fix it. These lines are
// an interface; tests assert them word for word.

import { countOf } from "@/lib/text";

export type ProblemSeverity = "error" | "warning";

export interface ContentProblem {
  readonly file: string;
  readonly line: number;
  readonly field: string;
  readonly message: string;
  readonly fix: string;
  readonly severity: ProblemSeverity;
}

export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === "warning" ? "warning: " : "";
  return `${problem.file}:${problem.line}: ${problem.field}: ${prefix}${problem.message} (${problem.fix})`;
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some((problem) => problem.severity === "error");
}

/**
 * One line about a whole check, counting every file read, not only the valid
 * ones: "3 files checked in content: 1 with errors, 1 with warnings (2 errors, 1 warning)".
 */
export function checkSummary(
  files: readonly { readonly problems: readonly ContentProblem[] }[],
  dir: string,
): string {
  const all = files.flatMap((file) => file.problems);
  const errors = all.filter((problem) => problem.severity === "error").length;
  const withErrors = files.filter((file) => hasErrors(file.problems)).length;
  const withWarnings = files.filter((file) =>
    file.problems.some((problem) => problem.severity === "warning"),
  ).length;
  return (
    `${countOf(files.length, "file")} checked in ${dir}: ${withErrors} with errors, ` +
    `${withWarnings} with warnings (${countOf(errors, "error")}, ${countOf(all.length - errors, "warning")})`
  );
}

export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === "error");
    super(
      `Content has ${errors.length} problem${errors.length === 1 ? "" : "s"}:\n` +
        errors.map(formatProblem).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
