import type { Metadata } from "next";
import { listingMetadata } from "@/lib/seo/metadata";
import { PageSection } from "@/components/page-section";
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
      <TagIndex tags={getSiteIndex().tags()} />
    </PageSection>
  );
}
