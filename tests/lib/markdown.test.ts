import { describe, expect, it } from "vitest";
import {
  countWords,
  markdownToPlainText,
  readingMinutes,
  sanitizerKeepsUrl,
  scanMarkdown,
  renderMarkdown,
} from "@/lib/markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs, headings, quotes and links", () => {
    const html = renderMarkdown(
      "## Heading\n\nA [link](https://example.com) and **bold**.\n\n> Quoted.\n",
    );
    expect(html).toContain("<h2>Heading</h2>");
    expect(html).toContain('<a href="https://example.com">link</a>');
    expect(html).toContain("<strong>bold</strong>");
    expect(html).toMatch(/<blockquote>\s*<p>Quoted.<\/p>\s*<\/blockquote>/);
  });

  it("drops raw HTML and dangerous URLs", () => {
    const html = renderMarkdown(
      'Hi <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](JaVaScRiPt:alert(1))\n\n<iframe src="https://evil.example"></iframe>\n',
    );
    expect(html).not.toMatch(/<script|onerror|<iframe|javascript:/i);
    expect(html).toContain("Hi");
  });
});

describe("plain text and reading time", () => {
  it("strips Markdown syntax", () => {
    expect(
      markdownToPlainText(
        "## Title\n\nSome *emphasis* and [a link](https://x.test).",
      ),
    ).toBe("Title Some emphasis and a link.");
  });

  it("counts words and rounds reading time, at least one minute", () => {
    expect(countWords("one two  three\nfour")).toBe(4);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(700)).toBe(3);
  });
});

describe("scanMarkdown", () => {
  it("finds links, images (also by reference) and raw HTML with their lines", () => {
    const scan = scanMarkdown(
      "Intro <b>x</b>\n\n[a](/articles/a) ![Alt](/images/a.png)\n\n![Ref][pic]\n\n[pic]: /images/b.png\n",
    );
    expect(scan.links).toEqual([
      { url: "/articles/a", line: 3 },
      { url: "/images/b.png", line: 7 },
    ]);
    expect(scan.images).toEqual([
      { url: "/images/a.png", alt: "Alt", line: 3 },
      { url: "/images/b.png", alt: "Ref", line: 5 },
    ]);
    expect(scan.html).toEqual([
      { html: "<b>", line: 1 },
      { html: "</b>", line: 1 },
    ]);
  });
});

describe("sanitizerKeepsUrl", () => {
  it("agrees with what renderMarkdown keeps", () => {
    for (const url of [
      "https://example.com/",
      "/articles/a",
      "mailto:desk@example.com",
      "javascript:alert(1)",
      "HTTPS://example.com/",
      "vbscript:x",
    ]) {
      const kept = renderMarkdown(`[x](${url})`).includes(`href="${url}"`);
      expect(sanitizerKeepsUrl("link", url)).toBe(kept);
    }
    expect(sanitizerKeepsUrl("link", "javascript:alert(1)")).toBe(false);
    expect(sanitizerKeepsUrl("image", "data:image/png;base64,AAAA")).toBe(
      false,
    );
    expect(sanitizerKeepsUrl("image", "/images/a.png")).toBe(true);
  });
});
