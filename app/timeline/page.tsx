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
    "Busan's blockchain story as dated events, each linked to the story that reports it.",
});

export default function TimelinePage() {
  return (
    <PageSection id="timeline-heading" heading="Timeline">
      <JsonLd data={listingGraph([{ name: "Timeline", path: "/timeline" }])} />
      <p className="intro">
        Events are shown as precisely as the reporting dates them. Within a
        year, events known only by year come first, then by month, then by day.
      </p>
      <Timeline years={getSiteIndex().timeline()} />
    </PageSection>
  );
}
