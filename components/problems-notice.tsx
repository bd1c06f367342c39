import { countOf } from "@/lib/text";

interface ProblemsNoticeProps {
  /** How many files the preview left out because they have errors. */
  readonly count: number;
}

/** The preview's one-line notice on every page while a file is left out. */
export function ProblemsNotice({ count }: ProblemsNoticeProps) {
  if (count === 0) return null;
  return (
    <p className="problems-notice" role="status">
      <a href="/newsroom">
        {countOf(count, "file")} {count === 1 ? "has" : "have"} problems
      </a>{" "}
      and {count === 1 ? "is" : "are"} left out of this preview.
    </p>
  );
}
