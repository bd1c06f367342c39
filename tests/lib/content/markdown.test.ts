import { describe, expect, it } from "vitest";
import {
  countWords,
  analyzeMarkdown,
  readingMinutes,
  sanitizerKeepsUrl,
  renderMarkdown,
} from "@/lib/content/markdown";

function plainTextOf(markdown: string): string {
  return analyzeMarkdown(markdown).plainText;
}

function scanOf(markdown: string) {
  return analyzeMarkdown(markdown).scan;
}

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

// What a browser would take as the URL: character references decoded in one
// pass (as an HTML parser does), then whitespace and control characters dropped
// (the URL parser ignores them inside a scheme), lower-cased.
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: "&",
  colon: ":",
  quot: '"',
  lt: "<",
  gt: ">",
};

function decodeReference(reference: string): string {
  const [, hex, decimal, name] =
    /^&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?$/i.exec(reference) ?? [];
  if (hex) return String.fromCodePoint(parseInt(hex, 16));
  if (decimal) return String.fromCodePoint(Number(decimal));
  return (name && NAMED_REFERENCES[name.toLowerCase()]) ?? reference;
}

function effectiveUrls(html: string): string[] {
  return [
    ...html.matchAll(/\b(?:href|src|action|formaction|data)="([^"]*)"/gi),
  ].map(([, value = ""]) =>
    value
      .replace(/&(?:#x[0-9a-f]+|#\d+|[a-z]+);?/gi, decodeReference)
      .replace(/[\u0000-\u0020]/g, "")
      .toLowerCase(),
  );
}

describe("renderMarkdown keeps nothing that runs", () => {
  it.each([
    [
      "script",
      '<script>alert(1)</script>\n\n<SCRIPT SRC="//x.test/a.js"></SCRIPT>',
    ],
    ["iframe", '<iframe src="https://evil.test"></iframe>'],
    ["object", '<object data="x.swf"><param name="a" value="b"></object>'],
    ["embed", '<embed src="x.swf">'],
    [
      "form",
      '<form action="https://evil.test"><input name="q"><button>Go</button></form>',
    ],
    ["style", "<style>body { display: none }</style>"],
    ["svg", "<svg onload=alert(1)><circle r=1 /></svg>"],
    ["math", '<math><mi xlink:href="javascript:alert(1)">x</mi></math>'],
    ["base", '<base href="https://evil.test/">'],
    ["meta", '<meta http-equiv="refresh" content="0;url=https://evil.test">'],
    ["link", '<link rel="stylesheet" href="https://evil.test/x.css">'],
  ])("drops <%s>", (tag, markdown) => {
    const html = renderMarkdown(`Before\n\n${markdown}\n\nAfter\n`);
    expect(html).not.toMatch(new RegExp(`<${tag}[\\s>/]`, "i"));
    expect(html).toContain("Before");
    expect(html).toContain("After");
  });

  it.each([
    '<img src="x.png" onerror="alert(1)">',
    '<div onclick="alert(1)" onmouseover="alert(2)">text</div>',
    "<details open ontoggle=alert(1)>x</details>",
    '<a href="https://x.test" ONFOCUS="alert(1)" autofocus>x</a>',
    '<p style="background:url(javascript:alert(1))" OnLoad="x">p</p>',
  ])("drops event handlers and inline styles from %s", (markdown) => {
    const html = renderMarkdown(markdown);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/\sstyle\s*=/i);
  });

  it.each([
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](  javascript:alert(1))",
    "[a](<java\tscript:alert(1)>)",
    "[a](java\tscript:alert(1))",
    "[a](<java\nscript:alert(1)>)",
    "[a](&#106;avascript:alert(1))",
    "[a](&#x6A;avascript:alert(1))",
    "[a](&#0000106avascript:alert(1))",
    "[a](%6Aavascript:alert(1))",
    "[a](javascript&colon;alert(1))",
    "[a](vbscript:msgbox(1))",
    "[a](VBScript:msgbox(1))",
    "[a](data:text/html,<script>alert(1)</script>)",
    "[a](DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![i](javascript:alert(1))",
    "![i](data:text/html,<script>alert(1)</script>)",
    "[x][ref]\n\n[ref]: javascript:alert(1)",
    "<javascript:alert(1)>",
    '<a href="javascript:alert(1)">a</a>',
    '<a href="&#106;&#97;&#118;&#97;script:alert(1)">a</a>',
    '<img src="javascript:alert(1)">',
  ])("leaves no script URL from %j", (markdown) => {
    const urls = effectiveUrls(renderMarkdown(markdown));
    for (const url of urls) {
      expect(url).not.toMatch(/^(?:javascript|vbscript|data):/);
    }
  });

  it("keeps ordinary links, opening in the same tab", () => {
    const html = renderMarkdown(
      '[CoinJournal](https://coinjournal.net/news/) and <a href="https://evil.test" target="_blank">raw</a> and [mail](mailto:desk@example.com)\n',
    );
    expect(html).toContain(
      '<a href="https://coinjournal.net/news/">CoinJournal</a>',
    );
    expect(html).toContain('href="mailto:desk@example.com"');
    // A link that opens a new tab must not hand the new page window.opener.
    for (const [anchor] of html.matchAll(/<a\b[^>]*>/g)) {
      if (/\btarget=/i.test(anchor)) {
        expect(anchor).toMatch(
          /rel="[^"]*noopener[^"]*noreferrer|rel="[^"]*noreferrer[^"]*noopener/,
        );
      }
    }
    expect(html).not.toMatch(/target=/i);
  });
});

describe("plain text and reading time", () => {
  it("strips Markdown syntax", () => {
    expect(
      plainTextOf("## Title\n\nSome *emphasis* and [a link](https://x.test)."),
    ).toBe("Title Some emphasis and a link.");
  });

  it("keeps the body's punctuation as written (a snippet is typeset where shown)", () => {
    expect(plainTextOf("It's a \"story\" -- told...")).toBe(
      "It's a \"story\" -- told...",
    );
  });

  it("counts words and rounds reading time, at least one minute", () => {
    expect(countWords("one two  three\nfour")).toBe(4);
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(460)).toBe(2);
    expect(readingMinutes(700)).toBe(3);
  });
});

describe("analyzeMarkdown scan", () => {
  it("finds links, images (also by reference) and raw HTML with their lines", () => {
    const scan = scanOf(
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
