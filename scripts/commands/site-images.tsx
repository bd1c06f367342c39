// The two images that never change with the content: the site's social card
// (og:image of every page without its own card) and the publisher logo. They
// are drawn here, by the same next/og code and fonts as the article cards, and
// committed under public/ (`npm run draw:site-images`), so no build pays for
// drawing them; tests/scripts/site-images.test.ts fails when the committed
// files differ from what this code draws.
import { ImageResponse } from "next/og";
import type { ReactElement } from "react";
import { LogoMark } from "@/components/logo-mark";
import { SocialCard } from "@/components/social-card";
import { SITE_HEADLINE, SITE_TAGLINE } from "@/lib/site";
import {
  LOGO_PATH,
  LOGO_SIZE,
  SITE_CARD_PATH,
  SOCIAL_CARD_SIZE,
  loadCardFonts,
} from "@/lib/seo/social-card";

export interface SiteImage {
  /** Its address, which is also its path under public/. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

async function draw(
  path: string,
  element: ReactElement,
  size: { readonly width: number; readonly height: number },
): Promise<SiteImage> {
  const response = new ImageResponse(element, {
    ...size,
    fonts: await loadCardFonts(),
  });
  return { path, bytes: new Uint8Array(await response.arrayBuffer()) };
}

export function drawSiteImages(): Promise<SiteImage[]> {
  return Promise.all([
    draw(
      SITE_CARD_PATH,
      <SocialCard headline={SITE_HEADLINE} detail={SITE_TAGLINE} />,
      SOCIAL_CARD_SIZE,
    ),
    draw(LOGO_PATH, <LogoMark />, LOGO_SIZE),
  ]);
}
