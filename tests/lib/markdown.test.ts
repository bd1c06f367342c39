import { describe, expect, it } from "vitest";
import {
  countWords,
  markdownToPlainText,
  readingMinutes,
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
