import type { TextSegment } from "@/lib/reading/search";

interface MarkedTextProps {
  readonly segments: readonly TextSegment[];
}

/** Text with the searched-for words in <mark>, built as elements (no HTML injection). */
export function MarkedText({ segments }: MarkedTextProps) {
  return segments.map((segment, at) =>
    segment.marked ? <mark key={at}>{segment.text}</mark> : segment.text,
  );
}
