import type { ReactNode } from "react";

interface PageSectionProps {
  /** Names the section's landmark after its heading. */
  readonly id: string;
  readonly heading: ReactNode;
  /** A line under the heading saying what the page is for. */
  readonly intro?: ReactNode;
  /** The front page keeps its heading small, so the lead story leads. */
  readonly quietHeading?: boolean;
  readonly children: ReactNode;
}

/** A listing-style page: one labelled section under its h1. */
export function PageSection({
  id,
  heading,
  intro,
  quietHeading = false,
  children,
}: PageSectionProps) {
  return (
    <section aria-labelledby={id} className="page">
      <h1 id={id} className={quietHeading ? "section-title" : "page-title"}>
        {heading}
      </h1>
      {intro ? <p className="intro">{intro}</p> : null}
      {children}
    </section>
  );
}
