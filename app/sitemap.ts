import type { MetadataRoute } from "next";
import { getSiteIndex } from "@/lib/reading/site-index";
import { sitemapEntries } from "@/lib/seo/sitemaps";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getSiteIndex());
}
