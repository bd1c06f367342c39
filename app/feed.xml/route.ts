import { rssFeed, getFeedArticles } from "@/lib/seo/feeds";

export const dynamic = "force-static";

export function GET() {
  return new Response(rssFeed(getFeedArticles()), {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8" },
  });
}
