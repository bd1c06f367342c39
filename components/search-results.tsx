import type { SearchOutcome } from "@/lib/reading/search";
import { articlePath } from "@/lib/site";
import { ArticleDate } from "@/components/article-date";
import { MarkedText } from "@/components/marked-text";

interface SearchResultsProps {
  readonly query: string;
  readonly outcome: SearchOutcome;
}

export function SearchResults({ query, outcome }: SearchResultsProps) {
  if (!query) {
    return (
      <p className="search-status">
        Type a word or a name to search every story. Put a phrase in quotes,
        such as &ldquo;Busan Digital Asset Exchange&rdquo;, to find those words
        together.
      </p>
    );
  }
  const { total, results } = outcome;
  if (total === 0) {
    return (
      <p className="search-status">
        No stories match &ldquo;{query}&rdquo;. Try fewer or other words.
      </p>
    );
  }
  return (
    <>
      <p className="search-status">
        {total === 1 ? "1 story matches" : `${total} stories match`} &ldquo;
        {query}&rdquo;
        {total > results.length
          ? `; the first ${results.length} are shown.`
          : "."}
      </p>
      <ol className="search-results">
        {results.map(({ article, title, snippet }) => (
          <li key={article.slug}>
            <h2 className="teaser-title">
              <a href={articlePath(article.slug)}>
                <MarkedText segments={title} />
              </a>
            </h2>
            <p className="meta">
              <ArticleDate date={article.date} />
            </p>
            <p className="snippet">
              <MarkedText segments={snippet} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
