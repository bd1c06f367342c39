import type { Metadata } from "next";
import { ArticleList } from "@/components/article-list";
import { JsonLd } from "@/components/json-ld";
import { getVisibleArticles } from "@/lib/content";
import { indexMetadata } from "@/lib/metadata";
import { siteGraph } from "@/lib/structured-data";

export const metadata: Metadata = indexMetadata();

export default function HomePage() {
  const articles = getVisibleArticles();
  return (
    <section aria-labelledby="latest-heading" className="page">
      <JsonLd data={siteGraph()} />
      <h1 id="latest-heading" className="section-title">
        Latest from Busan
      </h1>
      <ArticleList articles={articles} />
    </section>
  );
}
