import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewsroomList } from "@/components/newsroom-list";
import { PageSection } from "@/components/page-section";
import { newsroomRows } from "@/lib/content/newsroom";
import { isPreviewMode, publicationCutoff } from "@/lib/content/publishing";
import { getSiteIndex } from "@/lib/reading/site-index";
import { countOf } from "@/lib/text";

export const metadata: Metadata = {
  title: "Newsroom",
  robots: { index: false },
};

// Editors' view of content/ in `npm run dev`; a production build answers 404.
export default function NewsroomPage() {
  if (!isPreviewMode()) notFound();
  const rows = newsroomRows(getSiteIndex().files, publicationCutoff());
  return (
    <PageSection id="newsroom-heading" heading="Newsroom">
      <p className="intro">
        {countOf(rows.length, "file")} in the content folder, those with
        problems first, then newest first. Only the preview (npm run dev) shows
        this page.
      </p>
      <NewsroomList rows={rows} />
    </PageSection>
  );
}
