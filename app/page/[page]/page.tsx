import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { laterIndexPageMetadata } from "@/lib/seo/metadata";
import { PagedListing } from "@/components/paged-listing";
import { getSiteIndex } from "@/lib/reading/site-index";
import { getPage } from "@/lib/reading/pagination";
import { prerenderedIndexPageParams } from "@/lib/reading/prerender";

// Pages past the first few are rendered on first request (lib/reading/prerender).
export const dynamicParams = true;

interface IndexPageProps {
  readonly params: Promise<{ page: string }>;
}

export function generateStaticParams() {
  return prerenderedIndexPageParams(getSiteIndex());
}

export async function generateMetadata({
  params,
}: IndexPageProps): Promise<Metadata> {
  const page = getPage(getSiteIndex().articles, (await params).page);
  return page ? laterIndexPageMetadata(page.number) : {};
}

export default async function IndexPage({ params }: IndexPageProps) {
  const page = getPage(getSiteIndex().articles, (await params).page);
  if (!page) notFound();
  return <PagedListing heading="Latest from Busan" page={page} basePath="/" />;
}
