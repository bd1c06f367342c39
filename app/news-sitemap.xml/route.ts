import { getSiteIndex } from "@/lib/reading/site-index";
import { newsSitemapXml } from "@/lib/seo/sitemaps";

// Static, re-rendered at most every 10 s so a publish shows (app/layout.tsx);
// that also moves "the last two days" with the clock.
export const revalidate = 10;

export function GET() {
  return new Response(newsSitemapXml(getSiteIndex().articles, Date.now()), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
