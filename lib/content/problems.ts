// Problems found in content, as editors read them: one line each, naming the
// file, the line, the field, what is wrong and how to fix it. These lines are
// an interface; tests assert them word for word.

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
