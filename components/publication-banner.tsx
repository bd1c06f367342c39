import type { Article } from "@/lib/content/article";
import { ArticleDate } from "@/components/article-date";
import { currentPublicationState } from "@/lib/content/publishing";

interface PublicationBannerProps {
  readonly article: Article;
  /** "page" explains what happens next; "teaser" is a short label for listings. */
  readonly variant: "page" | "teaser";
}

/**
 * Marks drafts and scheduled articles. Production builds never show either, so
 * in practice this appears only in `npm run dev`, where editors preview them.
 */
export function PublicationBanner({
  article,
  variant,
}: PublicationBannerProps) {
  const state = currentPublicationState(article);
  if (state === "published") return null;
  const label =
    state === "draft" ? (
      "Draft"
    ) : (
      <ArticleDate date={article.date} prefix="Scheduled for " />
    );
  if (variant === "teaser")
    return <p className={`publication-label ${state}`}>{label}</p>;
  return (
    <p className={`publication-banner ${state}`} role="note">
      <strong>{label}</strong>{" "}
      {state === "draft"
        ? "— not published. Only the preview (npm run dev) shows it; delete draft: true to publish."
        : "— not published yet. It goes live with the first build on or after that date."}
    </p>
  );
}
