import type { Article } from "@/lib/content/article";
import { articlePath } from "@/lib/site";
import { ArticleDate } from "@/components/article-date";

interface RelatedArticlesProps {
  readonly articles: readonly Article[];
}

export function RelatedArticles({ articles }: RelatedArticlesProps) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="related">
      <h2 id="related-heading" className="section-title minor-heading">
        Related stories
      </h2>
      <ul className="related-list">
        {articles.map((article) => (
          <li key={article.slug}>
            <a href={articlePath(article.slug)}>{article.title}</a>
            <span className="meta">
              <ArticleDate date={article.date} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
