// Finds nodes in the JSON-LD a page serves (one node per script) by @type.
import { z } from "zod";
import { readHead } from "./head";

// One node per script, each with its own @context (lib/seo/structured-data's jsonLdBlocks).
const block = z.looseObject({
  "@context": z.literal("https://schema.org"),
  "@type": z.string(),
});

export type JsonLdNode = z.infer<typeof block>;

export function jsonLdNodes(html: string): JsonLdNode[] {
  return readHead(html).jsonLd.map(({ value }) => block.parse(value));
}

export function jsonLdNode(html: string, type: string): JsonLdNode {
  const found = jsonLdNodes(html).filter((node) => node["@type"] === type);
  if (found.length !== 1)
    throw new Error(`expected one ${type} node, found ${found.length}`);
  const [node] = found;
  if (!node) throw new Error(`no ${type} node`);
  return node;
}
