import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AuthorListing } from "@/components/author-listing";
import { getAuthorPage } from "@/lib/reading/author-pages";
import { getSiteIndex } from "@/lib/reading/site-index";
import { authorListingMetadata } from "@/lib/seo/metadata";

// An author who appears after the build is rendered on their first request.
export const dynamicParams = true;

interface AuthorPageProps {
  readonly params: Promise<{ author: string }>;
}

export function generateStaticParams() {
  return getSiteIndex()
    .authors()
    .map((author) => ({
      author: author.slug,
    }));
}

export async function generateMetadata({
  params,
}: AuthorPageProps): Promise<Metadata> {
  const found = getAuthorPage((await params).author, "1");
  return found ? authorListingMetadata(found.author, 1) : {};
}

export default async function AuthorPage({ params }: AuthorPageProps) {
  const found = getAuthorPage((await params).author, "1");
  if (!found) notFound();
  return <AuthorListing author={found.author} page={found.page} />;
}
