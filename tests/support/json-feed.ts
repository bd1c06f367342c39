// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a strict schema:
// required fields, RFC 3339 dates, and none of 1.0's deprecated `author`.
import { z } from "zod";

const RFC_3339 =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const author = z.strictObject({
  name: z.string().min(1).optional(),
  url: z.url().optional(),
  avatar: z.url().optional(),
});

const item = z
  .strictObject({
    id: z.string().min(1),
    url: z.url().optional(),
    external_url: z.url().optional(),
    title: z.string().optional(),
    content_html: z.string().optional(),
    content_text: z.string().optional(),
    summary: z.string().optional(),
    image: z.url().optional(),
    banner_image: z.url().optional(),
    date_published: z.string().regex(RFC_3339).optional(),
    date_modified: z.string().regex(RFC_3339).optional(),
    authors: z.array(author).min(1).optional(),
    tags: z.array(z.string()).optional(),
    language: z.string().optional(),
  })
  .refine((entry) => entry.content_html ?? entry.content_text, {
    message: "an item needs content_html or content_text",
  });

const feed = z.strictObject({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: z.url().optional(),
  feed_url: z.url().optional(),
  description: z.string().optional(),
  icon: z.url().optional(),
  favicon: z.url().optional(),
  authors: z.array(author).min(1).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  items: z.array(item),
});

export function readJsonFeed11(json: string): z.infer<typeof feed> {
  return feed.parse(JSON.parse(json));
}
