import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PagedListing } from "@/components/paged-listing";
import { getVisibleArticles } from "@/lib/content";
import { getPage, laterPageNumbers } from "@/lib/pagination";

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
  return { title: `Latest stories, page ${(await params).page}` };
}

export default async function IndexPage({ params }: IndexPageProps) {
  const page = getPage(getVisibleArticles(), (await params).page);
  if (!page) notFound();
  return <PagedListing heading="Latest from Busan" page={page} basePath="/" />;
}
