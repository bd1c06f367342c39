import { atomFeed, getFeedArticles } from "@/lib/seo/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(atomFeed(getFeedArticles()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
