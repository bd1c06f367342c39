import type { Metadata } from "next";
import { listingMetadata } from "@/lib/seo/metadata";
import { PageSection } from "@/components/page-section";
import { SearchForm } from "@/components/search-form";
import { SearchResults } from "@/components/search-results";
import { getSiteIndex } from "@/lib/reading/site-index";
import { parseQuery, readQuery } from "@/lib/reading/search";

// The one page rendered per request: it reads ?q=.
interface SearchPageProps {
  readonly searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({
  searchParams,
}: SearchPageProps): Promise<Metadata> {
  const query = readQuery((await searchParams).q);
  return listingMetadata({
    path: "/search",
    title: query ? `Search: ${query}` : "Search",
    description: "Search every Busan Ledger story.",
    indexable: false,
  });
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const query = readQuery((await searchParams).q);
  const outcome = getSiteIndex().search(parseQuery(query));
  return (
    <PageSection id="search-heading" heading="Search">
      <SearchForm
        id="search-page-q"
        label="Search stories"
        defaultValue={query}
      />
      <SearchResults query={query} outcome={outcome} />
    </PageSection>
  );
}
