import type { AdjacentArticles } from "@/lib/reading/related";
import { articlePath } from "@/lib/site";

interface ArticlePagerProps {
  readonly adjacent: AdjacentArticles;
}

/** The neighbouring stories by date. */
export function ArticlePager({
  adjacent: { previous, next },
}: ArticlePagerProps) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Older and newer stories" className="article-pager">
      {previous ? (
        <a href={articlePath(previous.slug)} className="pager-previous">
          <span className="pager-label">← Older story</span>
          {previous.title}
        </a>
      ) : null}
      {next ? (
        <a href={articlePath(next.slug)} className="pager-next">
          <span className="pager-label">Newer story →</span>
          {next.title}
        </a>
      ) : null}
    </nav>
  );
}
