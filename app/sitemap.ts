import type { MetadataRoute } from "next";
import { getVisibleArticles } from "@/lib/content/library";
import { sitemapEntries } from "@/lib/seo/sitemaps";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getVisibleArticles());
}
