import { serializeJsonLd, type JsonLdObject } from "@/lib/seo/structured-data";

interface JsonLdProps {
  readonly data: JsonLdObject;
}

/** Structured data for crawlers. The text is escaped by serializeJsonLd, never raw user HTML. */
export function JsonLd({ data }: JsonLdProps) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
