import type { Article } from "@/lib/content/article";
import { authorPath, type Author } from "@/lib/reading/authors";
import { pagePath, type Page } from "@/lib/reading/pagination";
import { profileGraph } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/json-ld";
import { PagedListing } from "@/components/paged-listing";

interface AuthorListingProps {
  readonly author: Author;
  readonly page: Page<Article>;
}

/** One page of a byline's stories, for /authors/<slug> and /authors/<slug>/page/<n>. */
export function AuthorListing({ author, page }: AuthorListingProps) {
  const basePath = authorPath(author.name);
  return (
    <>
      <JsonLd
        data={profileGraph(author, [
          { name: author.name, path: pagePath(basePath, page.number) },
        ])}
      />
      <PagedListing
        heading={`Stories by ${author.name}`}
        page={page}
        basePath={basePath}
      />
    </>
  );
}
