import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { laterIndexPageMetadata } from "@/lib/seo/metadata";
import { PagedListing } from "@/components/paged-listing";
import { getVisibleArticles } from "@/lib/content/library";
import { getPage, laterPageNumbers } from "@/lib/reading/pagination";

export const dynamicParams = false;

interface IndexPageProps {
  readonly params: Promise<{ page: string }>;
}

export function generateStaticParams() {
  return laterPageNumbers(getVisibleArticles().length).map((page) => ({
    page,
  }));
}

export async function generateMetadata({
  params,
}: IndexPageProps): Promise<Metadata> {
  const page = getPage(getVisibleArticles(), (await params).page);
  return page ? laterIndexPageMetadata(page.number) : {};
}

export default async function IndexPage({ params }: IndexPageProps) {
  const page = getPage(getVisibleArticles(), (await params).page);
  if (!page) notFound();
  return <PagedListing heading="Latest from Busan" page={page} basePath="/" />;
}
