import type { Article } from "@/lib/content/article";
import { pagePath, type Page } from "@/lib/reading/pagination";
import { tagPath, type Tag } from "@/lib/reading/tags";
import { listingGraph } from "@/lib/seo/structured-data";
import { JsonLd } from "@/components/json-ld";
import { PagedListing } from "@/components/paged-listing";

interface TagListingProps {
  readonly tag: Tag;
  readonly page: Page<Article>;
}

/** One page of a tag's stories, for /tags/<tag> and /tags/<tag>/page/<n>. */
export function TagListing({ tag, page }: TagListingProps) {
  const basePath = tagPath(tag.slug);
  return (
    <>
      <JsonLd
        data={listingGraph([
          { name: "Tags", path: "/tags" },
          { name: tag.name, path: pagePath(basePath, page.number) },
        ])}
      />
      <PagedListing
        heading={`Tagged ${tag.name}`}
        page={page}
        basePath={basePath}
      />
    </>
  );
}
