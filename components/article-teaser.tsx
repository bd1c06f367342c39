import Link from "next/link";
import type { Article } from "@/lib/content/article";
import { articlePath } from "@/lib/site";
import { ArticleDate } from "@/components/article-date";
import { PublicationBanner } from "@/components/publication-banner";
import { TagList } from "@/components/tag-list";

interface ArticleTeaserProps {
  readonly article: Article;
  readonly headingLevel?: "h2" | "h3";
}

export function ArticleTeaser({
  article,
  headingLevel: Heading = "h2",
}: ArticleTeaserProps) {
  return (
    <article className="teaser">
      <PublicationBanner article={article} variant="teaser" />
      <Heading className="teaser-title">
        <Link href={articlePath(article.slug)}>{article.title}</Link>
      </Heading>
      <p className="meta">
        <ArticleDate date={article.date} /> <span aria-hidden="true">·</span> By{" "}
        {article.author}
      </p>
      <p className="teaser-summary">{article.summary}</p>
      <TagList tags={article.tags} />
    </article>
  );
}
