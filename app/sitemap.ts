import type { MetadataRoute } from "next";
import { getSiteIndex } from "@/lib/reading/site-index";
import { sitemapEntries } from "@/lib/seo/sitemaps";

// Static, re-rendered at most every 10 s so a publish shows (app/layout.tsx).
export const revalidate = 10;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getSiteIndex());
}
