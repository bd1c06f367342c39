import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { PagedListing } from "@/components/paged-listing";
import { getVisibleArticles } from "@/lib/content";
import { indexMetadata } from "@/lib/metadata";
import { getPage } from "@/lib/pagination";
import { siteGraph } from "@/lib/structured-data";

export const metadata: Metadata = indexMetadata();

export default function HomePage() {
  const page = getPage(getVisibleArticles(), "1");
  if (!page) notFound();
  return (
    <>
      <JsonLd data={siteGraph()} />
      <PagedListing heading="Latest from Busan" page={page} basePath="/" />
    </>
  );
}
