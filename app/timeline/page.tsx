import type { Metadata } from "next";
import { listingMetadata } from "@/lib/seo/metadata";
import { JsonLd } from "@/components/json-ld";
import { PageSection } from "@/components/page-section";
import { listingGraph } from "@/lib/seo/structured-data";
import { Timeline } from "@/components/timeline";
import { getSiteIndex } from "@/lib/reading/site-index";

export const metadata: Metadata = listingMetadata({
  path: "/timeline",
  title: "Timeline",
  description:
    "What happened in Busan’s blockchain push and what followed, date by date, each linked to the story that reports it.",
});

export default function TimelinePage() {
  return (
    <PageSection
      id="timeline-heading"
      heading="What happened, and what followed"
      intro="Busan’s bid to become a blockchain city, from the free zone of 2019 to the exchanges it signed with and what became of them. Each entry links to the story that reports it."
    >
      <JsonLd data={listingGraph([{ name: "Timeline", path: "/timeline" }])} />
      <Timeline years={getSiteIndex().timeline()} />
    </PageSection>
  );
}
