import { describe, expect, it } from "vitest";
import { articleGraph, serializeJsonLd } from "@/lib/structured-data";
import { articleFromFrontmatter } from "../support/articles";

describe("serializeJsonLd", () => {
  const hostile = {
    headline: '</script><script>alert(1)</script> & <!-- "quoted" \u2028',
  };

  it("leaves no character that could end or confuse a script element", () => {
    const text = serializeJsonLd(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it("round-trips through JSON.parse to the same value", () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});

describe("articleGraph", () => {
  it("keeps @ids stable when the article is edited", () => {
    const before = articleFromFrontmatter(
      "a-story",
      "title: A story\ndate: 2025-01-01\nsummary: S.\nauthor: Desk\ntags: [Busan]",
    );
    const after = articleFromFrontmatter(
      "a-story",
      "title: A new headline\ndate: 2025-01-01\nupdated: 2025-02-01\nsummary: T.\nauthor: Desk\ntags: [Ports]",
      "Rewritten body.",
    );
    const ids = (article: typeof before) =>
      JSON.stringify(articleGraph(article)).match(/"@id":"[^"]+"/g);
    expect(ids(after)).toEqual(ids(before));
  });
});
