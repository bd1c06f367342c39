import Link from "next/link";
import type { Article } from "@/lib/content/article";
import { authorPath } from "@/lib/reading/authors";
import { ArticleDate } from "@/components/article-date";

interface ArticleHeaderProps {
  readonly article: Article;
}

export function ArticleHeader({ article }: ArticleHeaderProps) {
  const wasUpdated = article.modified.epochMs > article.date.epochMs;
  return (
    <header className="article-header">
      <h1>{article.title}</h1>
      <p className="standfirst">{article.summary}</p>
      <p className="meta">
        By{" "}
        <Link className="byline" href={authorPath(article.author)}>
          {article.author}
        </Link>{" "}
        <span aria-hidden="true">·</span> <ArticleDate date={article.date} />{" "}
        <span aria-hidden="true">·</span> {article.readingMinutes} min read
        {wasUpdated ? (
          <>
            {" "}
            <span aria-hidden="true">·</span>{" "}
            <ArticleDate date={article.modified} prefix="Updated " />
          </>
        ) : null}
      </p>
      {article.source ? (
        <p className="attribution">
          Originally published by{" "}
          {article.source.url ? (
            <a href={article.source.url}>{article.source.name}</a>
          ) : (
            article.source.name
          )}
        </p>
      ) : null}
    </header>
  );
}
