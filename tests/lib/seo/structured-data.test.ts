import { describe, expect, it } from "vitest";
import { articleGraph, serializeJsonLd } from "@/lib/seo/structured-data";
import { articleFromFrontmatter } from "../../support/articles";

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

describe("articleGraph images", () => {
  const article = articleFromFrontmatter(
    "with-photo",
    "title: With photo\ndate: 2025-01-01\nsummary: S.\nauthor: Desk\ntags: [Busan]\nimage: /images/port.png\nimageAlt: The port",
  );

  function imagesOf(graph: ReturnType<typeof articleGraph>): unknown {
    const nodes = graph["@graph"];
    return Array.isArray(nodes) ? nodes[0]?.image : undefined;
  }

  it("puts the lead photo first, then its 16:9, 4:3 and 1:1 crops, then the social card", () => {
    const graph = articleGraph(article, {
      src: "/images/port.png",
      alt: "The port",
      width: 1600,
      height: 900,
    });
    expect(imagesOf(graph)).toEqual([
      {
        "@type": "ImageObject",
        url: "http://localhost:3000/images/port.png",
        width: 1600,
        height: 900,
      },
      {
        "@type": "ImageObject",
        url: "http://localhost:3000/articles/with-photo/photo/16x9",
        width: 1200,
        height: 675,
      },
      {
        "@type": "ImageObject",
        url: "http://localhost:3000/articles/with-photo/photo/4x3",
        width: 1200,
        height: 900,
      },
      {
        "@type": "ImageObject",
        url: "http://localhost:3000/articles/with-photo/photo/1x1",
        width: 1200,
        height: 1200,
      },
      {
        "@type": "ImageObject",
        url: "http://localhost:3000/articles/with-photo/opengraph-image",
        width: 1200,
        height: 630,
      },
    ]);
  });

  it("has no crops for a photo next/og cannot draw", () => {
    const graph = articleGraph(article, {
      src: "/images/port.webp",
      alt: "The port",
      width: 1600,
      height: 900,
    });
    expect(imagesOf(graph)).toHaveLength(2);
  });

  it("has only the card without a lead photo", () => {
    expect(imagesOf(articleGraph(article))).toHaveLength(1);
  });
});
