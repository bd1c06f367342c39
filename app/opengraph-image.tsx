import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/social-card";
import { SITE_TAGLINE } from "@/lib/site";
import { SOCIAL_CARD_SIZE, loadCardFonts } from "@/lib/seo/social-card";

export const alt = "Busan Ledger: Busan’s blockchain city story";
export const size = SOCIAL_CARD_SIZE;
export const contentType = "image/png";

export default async function SiteCard() {
  return new ImageResponse(
    <SocialCard
      headline="Busan’s blockchain city story"
      detail={SITE_TAGLINE}
    />,
    { ...SOCIAL_CARD_SIZE, fonts: await loadCardFonts() },
  );
}
