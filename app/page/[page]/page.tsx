import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { laterIndexPageMetadata } from "@/lib/seo/metadata";
import { PagedListing } from "@/components/paged-listing";
import { getSiteIndex } from "@/lib/reading/site-index";
import { getPage, laterPageNumbers } from "@/lib/reading/pagination";

export const dynamicParams = false;

interface IndexPageProps {
  readonly params: Promise<{ page: string }>;
}

export function generateStaticParams() {
  return laterPageNumbers(getSiteIndex().articles.length).map((page) => ({
    page,
  }));
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
