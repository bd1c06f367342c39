import type { Article } from "@/lib/content/article";
import { ArticleTeaser } from "@/components/article-teaser";

interface ArticleListProps {
  readonly articles: readonly Article[];
  /** Gives the first story the lead teaser (the front page's first page). */
  readonly withLead?: boolean;
}

export function ArticleList({ articles, withLead = false }: ArticleListProps) {
  if (articles.length === 0) return <p className="empty">No articles yet.</p>;
  return (
    <ol className={withLead ? "article-list front-page" : "article-list"}>
      {articles.map((article, at) => (
        <li key={article.slug}>
          <ArticleTeaser article={article} lead={withLead && at === 0} />
        </li>
      ))}
    </ol>
  );
}
