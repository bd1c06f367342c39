import type { MetadataRoute } from "next";
import { isIndexable } from "@/lib/seo/canonical";
import { SITEMAP_PATHS } from "@/lib/seo/sitemaps";
import { absoluteUrl } from "@/lib/site";

export default function robots(): MetadataRoute.Robots {
  if (!isIndexable()) return { rules: { userAgent: "*", disallow: "/" } };
  return {
    rules: { userAgent: "*", allow: "/" },
    sitemap: [
      absoluteUrl(SITEMAP_PATHS.sitemap),
      absoluteUrl(SITEMAP_PATHS.news),
    ],
  };
}
