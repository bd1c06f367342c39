import type { Article } from "@/lib/content/article";
import { ArticleTeaser } from "@/components/article-teaser";

interface ArticleListProps {
  readonly articles: readonly Article[];
}

export function ArticleList({ articles }: ArticleListProps) {
  if (articles.length === 0) return <p className="empty">No articles yet.</p>;
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleTeaser article={article} />
        </li>
      ))}
    </ol>
  );
}
