import type { Metadata } from "next";
import { listingMetadata } from "@/lib/seo/metadata";
import { JsonLd } from "@/components/json-ld";
import { PageSection } from "@/components/page-section";
import { listingGraph } from "@/lib/seo/structured-data";
import { TagIndex } from "@/components/tag-index";
import { getSiteIndex } from "@/lib/reading/site-index";

export const metadata: Metadata = listingMetadata({
  path: "/tags",
  title: "Tags",
  description:
    "Every topic Busan Ledger covers, with the number of stories on each.",
});

export default function TagsPage() {
  return (
    <PageSection id="tags-heading" heading="Tags">
      <JsonLd data={listingGraph([{ name: "Tags", path: "/tags" }])} />
      <TagIndex tags={getSiteIndex().tags()} />
    </PageSection>
  );
}
