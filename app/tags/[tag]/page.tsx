import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { tagListingMetadata } from "@/lib/seo/metadata";
import { TagListing } from "@/components/tag-listing";
import { getTagPage } from "@/lib/reading/tag-pages";
import { getSiteIndex } from "@/lib/reading/site-index";

// A tag that appears after the build is rendered on its first request.
export const dynamicParams = true;

interface TagPageProps {
  readonly params: Promise<{ tag: string }>;
}

export function generateStaticParams() {
  return getSiteIndex()
    .tags()
    .map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({
  params,
}: TagPageProps): Promise<Metadata> {
  const found = getTagPage((await params).tag, "1");
  return found ? tagListingMetadata(found.tag, 1) : {};
}

export default async function TagPage({ params }: TagPageProps) {
  const found = getTagPage((await params).tag, "1");
  if (!found) notFound();
  return <TagListing tag={found.tag} page={found.page} />;
}
