import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/social-card";
import { readCardPhoto } from "@/lib/content/library";
import { getSiteIndex } from "@/lib/reading/site-index";
import { kickerTag } from "@/lib/reading/tags";
import { formatCalendarDate } from "@/lib/dates";
import { SOCIAL_CARD_SIZE, loadCardFonts } from "@/lib/seo/social-card";

export const alt =
  "Story card: the headline, its date and the Busan Ledger name";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";
// No card is drawn at build: each is drawn on its first request, then cached for good.
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

export default async function ArticleCard({
  params,
}: {
  readonly params: Promise<{ slug: string }>;
}) {
  const site = getSiteIndex();
  const article = site.article((await params).slug);
  if (!article) return new Response("Not found", { status: 404 });
  const leadImage = site.leadImage(article);
  const photo = leadImage ? await readCardPhoto(leadImage) : undefined;
  return new ImageResponse(
    <SocialCard
      headline={article.title}
      kicker={kickerTag(article.tags)}
      detail={formatCalendarDate(article.date.calendarDate)}
      photo={photo}
    />,
    { ...SOCIAL_CARD_SIZE, fonts: await loadCardFonts() },
  );
}
