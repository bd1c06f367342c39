import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorListing } from "@/components/author-listing";
import { getAuthorPage } from "@/lib/reading/author-pages";
import { authorListingMetadata } from "@/lib/seo/metadata";

// Later author pages are all rendered on first request, then cached.
export const dynamicParams = true;

interface AuthorPageProps {
  readonly params: Promise<{ author: string; page: string }>;
}

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: AuthorPageProps): Promise<Metadata> {
  const { author, page } = await params;
  const found = getAuthorPage(author, page);
  return found ? authorListingMetadata(found.author, found.page.number) : {};
}

export default async function AuthorPage({ params }: AuthorPageProps) {
  const { author, page } = await params;
  const found = getAuthorPage(author, page);
  if (!found) notFound();
  return <AuthorListing author={found.author} page={found.page} />;
}
