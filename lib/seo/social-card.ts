// Social cards: the 1200×630 PNGs behind og:image and JSON-LD `image`, and the
// lead photo's crops for JSON-LD, drawn by next/og in the routes; the site's
// own card and logo are drawn once and committed (scripts/commands/site-images.tsx).
// The fonts (Source Serif 4, SIL OFL, in lib/seo/fonts/) ship with the repo as
// WOFF (satori cannot read WOFF2), so rendering needs no network.
// Article cards are drawn on first request and then kept (ISR, never
// revalidated): a card costs ~90 ms and ~60 KiB, which a 10,000-article build
// would otherwise pay up front (~15 minutes).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ImageResponse } from "next/og";
import type { Article } from "@/lib/content/article";
import { articleUrl } from "@/lib/seo/canonical";
import { absoluteUrl } from "@/lib/site";

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;
export const SOCIAL_CARD_PATH = "opengraph-image";
/** The card of every page that has none of its own: the index, listings, about. */
export const SITE_CARD_PATH = "/site-card.png";
/** The publisher logo: square, and above the 112 px Google asks of news publishers. */
export const LOGO_SIZE = { width: 512, height: 512 } as const;
export const LOGO_PATH = "/logo.png";

type CardFonts = NonNullable<
  NonNullable<ConstructorParameters<typeof ImageResponse>[1]>["fonts"]
>;

const FONT_DIR = path.join(process.cwd(), "lib", "seo", "fonts");

let fonts: Promise<CardFonts> | undefined;

async function loadFont(weight: 400 | 700): Promise<CardFonts[number]> {
  const file = `source-serif-4-latin-${weight}-normal.woff`;
  return {
    name: "Source Serif 4",
    data: await readFile(path.join(FONT_DIR, file)),
    weight,
    style: "normal",
  };
}

/** Read once per process and shared by every card. */
export function loadCardFonts(): Promise<CardFonts> {
  fonts ??= Promise.all([loadFont(400), loadFont(700)]);
  return fonts;
}

export function articleCardUrl(article: Article): string {
  return `${articleUrl(article)}/${SOCIAL_CARD_PATH}`;
}

/**
 * The crops of a lead photo that Google asks for in an article's JSON-LD:
 * 16:9, 4:3 and 1:1, each well above its 50,000-pixel minimum.
 */
export const PHOTO_CROP_NAMES = ["16x9", "4x3", "1x1"] as const;
export type PhotoCrop = (typeof PHOTO_CROP_NAMES)[number];

export const PHOTO_CROPS: Readonly<
  Record<PhotoCrop, { readonly width: number; readonly height: number }>
> = {
  "16x9": { width: 1200, height: 675 },
  "4x3": { width: 1200, height: 900 },
  "1x1": { width: 1200, height: 1200 },
};

export function findPhotoCrop(name: string): PhotoCrop | undefined {
  return PHOTO_CROP_NAMES.find((crop) => crop === name);
}

export function articlePhotoCropUrl(article: Article, crop: PhotoCrop): string {
  return `${articleUrl(article)}/photo/${crop}`;
}

export function logoUrl(): string {
  return absoluteUrl(LOGO_PATH);
}

export function siteCardUrl(): string {
  return absoluteUrl(SITE_CARD_PATH);
}
