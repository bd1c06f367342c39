// Finds nodes in the JSON-LD a page serves (one @graph per script) by @type.
import { z } from "zod";
import { readHead } from "./head";

const graph = z.object({
  "@context": z.literal("https://schema.org"),
  "@graph": z.array(z.looseObject({ "@type": z.string() })),
});

export type JsonLdNode = z.infer<typeof graph>["@graph"][number];

export function jsonLdNodes(html: string): JsonLdNode[] {
  return readHead(html).jsonLd.flatMap(
    ({ value }) => graph.parse(value)["@graph"],
  );
}

export function jsonLdNode(html: string, type: string): JsonLdNode {
  const found = jsonLdNodes(html).filter((node) => node["@type"] === type);
  if (found.length !== 1)
    throw new Error(`expected one ${type} node, found ${found.length}`);
  const [node] = found;
  if (!node) throw new Error(`no ${type} node`);
  return node;
}
