import type { ReactNode } from "react";

interface PageSectionProps {
  /** Names the section's landmark after its heading. */
  readonly id: string;
  readonly heading: ReactNode;
  readonly children: ReactNode;
}

/** A listing-style page: one labelled section under a small-caps h1. */
export function PageSection({ id, heading, children }: PageSectionProps) {
  return (
    <section aria-labelledby={id} className="page">
      <h1 id={id} className="section-title">
        {heading}
      </h1>
      {children}
    </section>
  );
}
