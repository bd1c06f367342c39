import { getVisibleArticles } from "@/lib/content/library";
import { newsSitemapXml } from "@/lib/seo/sitemaps";

// "The last two days" moves with the clock: rebuild this file hourly without a redeploy.
export const revalidate = 3600;

export function GET() {
  return new Response(newsSitemapXml(getVisibleArticles(), Date.now()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
