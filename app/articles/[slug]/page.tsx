import { PageLink } from "@/components/page-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleBody } from "@/components/article-body";
import { ArticleHeader } from "@/components/article-header";
import { ArticlePager } from "@/components/article-pager";
import { ArticleNotes } from "@/components/article-notes";
import { FileProblems } from "@/components/file-problems";
import { JsonLd } from "@/components/json-ld";
import { LeadImage } from "@/components/lead-image";
import { PublicationBanner } from "@/components/publication-banner";
import { RelatedArticles } from "@/components/related-articles";
import { ShareLinks } from "@/components/share-links";
import { TagList } from "@/components/tag-list";
import { prerenderedArticleParams } from "@/lib/reading/prerender";
import { getSiteIndex } from "@/lib/reading/site-index";
import { articleMetadata } from "@/lib/seo/metadata";
import { articleGraph } from "@/lib/seo/structured-data";

// Stories past the newest few are rendered on first request (lib/reading/prerender),
// and so is a broken file's page in dev.
export const dynamicParams = true;

interface ArticlePageProps {
  readonly params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return prerenderedArticleParams(getSiteIndex());
}

export async function generateMetadata({
  params,
}: ArticlePageProps): Promise<Metadata> {
  const { slug } = await params;
  const article = getSiteIndex().article(slug);
  if (article) return articleMetadata(article);
  const broken = getSiteIndex().fileWithErrors(slug);
  return broken
    ? { title: `Problems in ${broken.file}`, robots: { index: false } }
    : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { slug } = await params;
  const site = getSiteIndex();
  const article = site.article(slug);
  // In dev, a file with errors keeps its address, to show what is wrong with it.
  const broken = article ? undefined : site.fileWithErrors(slug);
  if (broken) return <FileProblems file={broken} />;
  if (!article) notFound();
  const leadImage = site.leadImage(article);
  const { related, adjacent } = site.readNext(article);
  return (
    <article className="article page">
      <JsonLd data={articleGraph(article, leadImage)} />
      <PublicationBanner article={article} variant="page" />
      <ArticleHeader article={article} />
      {leadImage ? <LeadImage image={leadImage} /> : null}
      <ArticleBody html={article.body.html()} />
      <ArticleNotes article={article} />
      <footer className="article-footer">
        <TagList tags={article.tags} />
        <ShareLinks article={article} />
        <RelatedArticles articles={related} />
        <ArticlePager adjacent={adjacent} />
        <p>
          <PageLink href="/">← Back to the latest stories</PageLink>
        </p>
      </footer>
    </article>
  );
}
