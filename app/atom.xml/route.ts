import { atomFeed, getFeedArticles } from "@/lib/seo/feeds";

// Static, re-rendered at most every 10 s so a publish shows (app/layout.tsx).
export const revalidate = 10;

export function GET() {
  return new Response(atomFeed(getFeedArticles()), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
}
