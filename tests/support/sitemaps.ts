// A strict reading of sitemaps: well-formed XML (fast-xml-parser's validator),
// then the structure the sitemaps.org schema requires, element by element.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { z } from "zod";

const W3C_DATETIME =
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

const sitemapUrl = z.strictObject({
  loc: z.url().max(2048),
  lastmod: z.string().regex(W3C_DATETIME).optional(),
  changefreq: z
    .enum(["always", "hourly", "daily", "weekly", "monthly", "yearly", "never"])
    .optional(),
  priority: z
    .string()
    .regex(/^(0(\.\d+)?|1(\.0+)?)$/)
    .optional(),
});

const urlset = z.strictObject({
  "?xml": z.object({ "@_version": z.literal("1.0") }).loose(),
  urlset: z.strictObject({
    "@_xmlns": z.literal("http://www.sitemaps.org/schemas/sitemap/0.9"),
    url: z.array(sitemapUrl).max(50_000),
  }),
});

function parseXml(xml: string): unknown {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new Error(
      `not well-formed XML: ${valid.err.msg} at ${valid.err.line}`,
    );
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    isArray: (name) => name === "url",
    parseTagValue: false,
  }).parse(xml);
}

export type SitemapUrl = z.infer<typeof sitemapUrl>;

export function readSitemap(xml: string): SitemapUrl[] {
  const locs = urlset.parse(parseXml(xml)).urlset.url;
  const unique = new Set(locs.map((url) => url.loc));
  if (unique.size !== locs.length) throw new Error("duplicate <loc> entries");
  return locs;
}

const newsUrl = z.strictObject({
  loc: z.url(),
  "news:news": z.strictObject({
    "news:publication": z.strictObject({
      "news:name": z.string().min(1),
      "news:language": z.string().regex(/^[a-z]{2,3}(-[a-z]+)?$/),
    }),
    "news:publication_date": z.string().regex(W3C_DATETIME),
    "news:title": z.string().min(1),
  }),
});

const newsUrlset = z.strictObject({
  "?xml": z.object({ "@_version": z.literal("1.0") }).loose(),
  urlset: z.strictObject({
    "@_xmlns": z.literal("http://www.sitemaps.org/schemas/sitemap/0.9"),
    "@_xmlns:news": z.literal("http://www.google.com/schemas/sitemap-news/0.9"),
    // Never empty (the sitemaps.org schema wants one <url>): with nothing fresh, a plain entry.
    url: z
      .array(z.union([newsUrl, sitemapUrl]))
      .min(1)
      .max(1000),
  }),
});

export type NewsSitemapUrl = z.infer<typeof newsUrl>;

/** The Google News entries; plain stand-in entries are left out. */
export function readNewsSitemap(xml: string): NewsSitemapUrl[] {
  return newsUrlset.parse(parseXml(xml)).urlset.url.flatMap((url) => {
    const news = newsUrl.safeParse(url);
    return news.success ? [news.data] : [];
  });
}

/** Every <loc>, news or not. */
export function newsSitemapLocs(xml: string): string[] {
  return newsUrlset.parse(parseXml(xml)).urlset.url.map((url) => url.loc);
}
