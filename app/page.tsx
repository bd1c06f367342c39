import { ArticleList } from "@/components/article-list";
import { getVisibleArticles } from "@/lib/content";

export default function HomePage() {
  const articles = getVisibleArticles();
  return (
    <section aria-labelledby="latest-heading" className="page">
      <h1 id="latest-heading" className="section-title">
        Latest from Busan
      </h1>
      <ArticleList articles={articles} />
    </section>
  );
}
