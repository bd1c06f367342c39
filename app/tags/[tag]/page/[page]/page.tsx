import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tagListingMetadata } from "@/lib/seo/metadata";
import { TagListing } from "@/components/tag-listing";
import { getTagPage, tagPageParams } from "@/lib/reading/tag-pages";

export const dynamicParams = false;

interface TagPageProps {
  readonly params: Promise<{ tag: string; page: string }>;
}

export function generateStaticParams() {
  return tagPageParams();
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
