import type { Metadata } from "next";
import { PageLink } from "@/components/page-link";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
};

export default function NotFound() {
  return (
    <section className="page not-found">
      <h1>Page not found</h1>
      <p>
        There is no story at this address. It may have moved, or the link may be
        mistyped.
      </p>
      <p>
        <PageLink href="/">Read the latest stories</PageLink>
      </p>
    </section>
  );
}
