import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { PagedListing } from "@/components/paged-listing";
import { getVisibleArticles } from "@/lib/content/library";
import { indexMetadata } from "@/lib/seo/metadata";
import { getPage } from "@/lib/reading/pagination";
import { siteGraph } from "@/lib/seo/structured-data";

export const metadata: Metadata = indexMetadata();

export default function HomePage() {
  const page = getPage(getVisibleArticles(), "1");
  if (!page) notFound();
  return (
    <>
      <JsonLd data={siteGraph()} />
      <PagedListing
        heading="Latest from Busan"
        page={page}
        basePath="/"
        frontPage
      />
    </>
  );
}
