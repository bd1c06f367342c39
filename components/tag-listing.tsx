import type { Article } from "@/lib/content/article";
import type { Page } from "@/lib/reading/pagination";
import { tagPath, type Tag } from "@/lib/reading/tags";
import { PagedListing } from "@/components/paged-listing";

interface TagListingProps {
  readonly tag: Tag;
  readonly page: Page<Article>;
}

/** One page of a tag's stories, for /tags/<tag> and /tags/<tag>/page/<n>. */
export function TagListing({ tag, page }: TagListingProps) {
  return (
    <PagedListing
      heading={`Tagged ${tag.name}`}
      page={page}
      basePath={tagPath(tag.slug)}
    />
  );
}
