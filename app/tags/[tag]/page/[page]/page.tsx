import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tagListingMetadata } from "@/lib/seo/metadata";
import { TagListing } from "@/components/tag-listing";
import { getTagPage } from "@/lib/reading/tag-pages";

// Later tag pages are all rendered on first request, then cached.
export const dynamicParams = true;

interface TagPageProps {
  readonly params: Promise<{ tag: string; page: string }>;
}

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({
  params,
}: TagPageProps): Promise<Metadata> {
  const { tag, page } = await params;
  const found = getTagPage(tag, page);
  return found ? tagListingMetadata(found.tag, found.page.number) : {};
}

export default async function TagPage({ params }: TagPageProps) {
  const { tag, page } = await params;
  const found = getTagPage(tag, page);
  if (!found) notFound();
  return <TagListing tag={found.tag} page={found.page} />;
}
