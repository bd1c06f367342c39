import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JsonLd } from "@/components/json-ld";
import { PagedListing } from "@/components/paged-listing";
import { getSiteIndex } from "@/lib/reading/site-index";
import { indexMetadata } from "@/lib/seo/metadata";
import { getPage } from "@/lib/reading/pagination";
import { siteGraph } from "@/lib/seo/structured-data";

export const metadata: Metadata = indexMetadata();

export default function HomePage() {
  const page = getPage(getSiteIndex().articles, "1");
  if (!page) notFound();
  return (
    <>
      <JsonLd data={siteGraph()} />
      <PagedListing heading="Latest from Busan" page={page} basePath="/" />
    </>
  );
}
