import { formatProblem, type ContentProblem } from "@/lib/content/problems";

interface ProblemListProps {
  readonly problems: readonly ContentProblem[];
}

/** Problems exactly as the content check prints them, so an editor can match the two. */
export function ProblemList({ problems }: ProblemListProps) {
  return (
    <ul className="problem-list">
      {problems.map((problem) => (
        <li key={formatProblem(problem)} className={problem.severity}>
          <code>{formatProblem(problem)}</code>
        </li>
      ))}
    </ul>
  );
}
