import { jsonFeed, getFeedArticles } from "@/lib/seo/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(jsonFeed(getFeedArticles()), {
    headers: { "Content-Type": "application/feed+json; charset=utf-8" },
  });
}
