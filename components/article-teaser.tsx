import { PageLink } from "@/components/page-link";
import type { Article } from "@/lib/content/article";
import { articlePath } from "@/lib/site";
import { wasUpdated } from "@/lib/reading/updates";
import { ArticleDate } from "@/components/article-date";
import { Kicker } from "@/components/kicker";
import { PublicationBanner } from "@/components/publication-banner";

interface ArticleTeaserProps {
  readonly article: Article;
  /** The front page's top story: a larger headline and its standfirst. */
  readonly lead?: boolean;
}

export function ArticleTeaser({ article, lead = false }: ArticleTeaserProps) {
  return (
    <article className={lead ? "teaser teaser-lead" : "teaser"}>
      <PublicationBanner article={article} variant="teaser" />
      <Kicker tags={article.tags} />
      <h2 className="teaser-title">
        <PageLink href={articlePath(article.slug)}>{article.title}</PageLink>
      </h2>
      <p className="teaser-summary">{article.summary}</p>
      <p className="meta">
        <ArticleDate date={article.date} />
        {wasUpdated(article) ? (
          <>
            {" "}
            <span aria-hidden="true">·</span>{" "}
            <strong className="teaser-updated">
              <ArticleDate date={article.modified} prefix="Updated " />
            </strong>
          </>
        ) : null}{" "}
        <span aria-hidden="true">·</span> By{"\u00a0"}
        {article.author}
      </p>
    </article>
  );
}
