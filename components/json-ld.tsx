import {
  jsonLdBlocks,
  serializeJsonLd,
  type JsonLdGraph,
} from "@/lib/seo/structured-data";

interface JsonLdProps {
  readonly data: JsonLdGraph;
}

/** Structured data for crawlers, a block per node. The text is escaped by serializeJsonLd, never raw user HTML. */
export function JsonLd({ data }: JsonLdProps) {
  return jsonLdBlocks(data).map((block, index) => (
    <script
      key={index}
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(block) }}
    />
  ));
}
