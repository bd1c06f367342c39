import { pagePath, type Page } from "@/lib/reading/pagination";

interface PaginationNavProps {
  readonly page: Page<unknown>;
  /** The listing's first page, e.g. "/" or "/tags/busan". */
  readonly basePath: string;
}

/** Older/newer page links with rel="prev"/"next"; nothing when there is one page. */
export function PaginationNav({ page, basePath }: PaginationNavProps) {
  if (page.count === 1) return null;
  const { number, count } = page;
  return (
    <nav aria-label="Pages" className="pagination">
      {number > 1 ? (
        <a rel="prev" href={pagePath(basePath, number - 1)}>
          ← Newer stories
        </a>
      ) : null}
      <span className="pagination-status">
        Page {number} of {count}
      </span>
      {number < count ? (
        <a rel="next" href={pagePath(basePath, number + 1)}>
          Older stories →
        </a>
      ) : null}
    </nav>
  );
}
