import { ImageResponse } from "next/og";
import { readCardPhoto } from "@/lib/content/library";
import { getSiteIndex } from "@/lib/reading/site-index";
import { PHOTO_CROPS, findPhotoCrop } from "@/lib/seo/social-card";

// The lead photo cropped to 16:9, 4:3 or 1:1 for the article's JSON-LD. Like
// the cards, each is drawn on its first request and then kept.
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

interface PhotoCropContext {
  readonly params: Promise<{ slug: string; crop: string }>;
}

export async function GET(_request: Request, { params }: PhotoCropContext) {
  const { slug, crop } = await params;
  const site = getSiteIndex();
  const article = site.article(slug);
  const leadImage = article && site.leadImage(article);
  const photo = leadImage && (await readCardPhoto(leadImage));
  const name = findPhotoCrop(crop);
  if (!photo || !name) return new Response("Not found", { status: 404 });
  const size = PHOTO_CROPS[name];
  return new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element -- next/og draws <img>, not next/image
    <img src={photo} alt="" {...size} style={{ objectFit: "cover" }} />,
    size,
  );
}
