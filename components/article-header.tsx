import { PageLink } from "@/components/page-link";
import type { Article } from "@/lib/content/article";
import { wasUpdated } from "@/lib/reading/updates";
import { authorPath } from "@/lib/reading/authors";
import { ArticleDate } from "@/components/article-date";
import { Kicker } from "@/components/kicker";
import { NOTES_ID } from "@/components/article-notes";

interface ArticleHeaderProps {
  readonly article: Article;
}

export function ArticleHeader({ article }: ArticleHeaderProps) {
  return (
    <header className="article-header">
      <Kicker tags={article.tags} />
      <h1>{article.title}</h1>
      <p className="standfirst">{article.summary}</p>
      <p className="meta">
        By{"\u00a0"}
        <PageLink className="byline" href={authorPath(article.author)}>
          {article.author}
        </PageLink>{" "}
        <span aria-hidden="true">·</span> <ArticleDate date={article.date} />
        {wasUpdated(article) ? (
          <>
            {" "}
            <span aria-hidden="true">·</span>{" "}
            <a href={`#${NOTES_ID}`} className="updated-link">
              <ArticleDate date={article.modified} prefix="Updated " />
            </a>
          </>
        ) : null}{" "}
        <span aria-hidden="true">·</span> {article.readingMinutes} min read
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
