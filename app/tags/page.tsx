import type { Metadata } from "next";
import { TagIndex } from "@/components/tag-index";
import { getVisibleArticles } from "@/lib/content";
import { listTags } from "@/lib/tags";

export const metadata: Metadata = {
  title: "Tags",
  description:
    "Every topic Busan Ledger covers, with the number of stories on each.",
};

export default function TagsPage() {
  return (
    <section aria-labelledby="tags-heading" className="page">
      <h1 id="tags-heading" className="section-title">
        Tags
      </h1>
      <TagIndex tags={listTags(getVisibleArticles())} />
    </section>
  );
}
