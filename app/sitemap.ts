import type { MetadataRoute } from "next";
import { getVisibleArticles } from "@/lib/content";
import { sitemapEntries } from "@/lib/sitemaps";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getVisibleArticles());
}
