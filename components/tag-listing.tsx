import type { Article } from "@/lib/article";
import type { Page } from "@/lib/pagination";
import { tagPath, type Tag } from "@/lib/tags";
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
