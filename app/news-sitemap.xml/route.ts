import { getSiteIndex } from "@/lib/reading/site-index";
import { newsSitemapXml } from "@/lib/seo/sitemaps";

// "The last two days" moves with the clock: rebuild this file hourly without a redeploy.
export const revalidate = 3600;

export function GET() {
  return new Response(newsSitemapXml(getSiteIndex().articles, Date.now()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
