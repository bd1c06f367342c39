import type { ReactNode } from "react";
import type { Article } from "@/lib/content/article";
import type { Page } from "@/lib/reading/pagination";
import { ArticleList } from "@/components/article-list";
import { PageSection } from "@/components/page-section";
import { PaginationNav } from "@/components/pagination-nav";

interface PagedListingProps {
  readonly heading: ReactNode;
  readonly page: Page<Article>;
  readonly basePath: string;
  /** The front page: its first story leads, under a quiet heading. */
  readonly frontPage?: boolean;
}

/** One page of a newest-first listing (the index, a tag), with its page links. */
export function PagedListing({
  heading,
  page,
  basePath,
  frontPage = false,
}: PagedListingProps) {
  return (
    <PageSection
      id="listing-heading"
      quietHeading={frontPage}
      heading={
        <>
          {heading}
          {page.number > 1 ? `, page ${page.number}` : null}
        </>
      }
    >
      <ArticleList articles={page.items} withLead={frontPage} />
      <PaginationNav page={page} basePath={basePath} />
    </PageSection>
  );
}
