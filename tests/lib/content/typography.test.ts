import { describe, expect, it } from "vitest";
import { typographic } from "@/lib/content/typography";
import { parseArticle } from "@/lib/content/article";
import { renderMarkdown } from "@/lib/content/markdown";

describe("typographic", () => {
  it("curls apostrophes and double quotes", () => {
    expect(typographic(`the city's "new" exchange`)).toBe(
      "the city’s “new” exchange",
    );
  });

  it("turns -- into an en dash and --- into an em dash", () => {
    expect(typographic("2022--2023, then---nothing")).toBe(
      "2022–2023, then—nothing",
    );
  });

  it("leaves text without straight punctuation as it was", () => {
    expect(typographic("Busan’s “exchange”")).toBe("Busan’s “exchange”");
  });
});

describe("Markdown bodies follow the same rule", () => {
  it("curls quotes in prose", () => {
    expect(renderMarkdown(`The city's "plan" -- in brief.`)).toBe(
      "<p>The city’s “plan” – in brief.</p>\n",
    );
  });

  it("leaves code spans and code blocks alone", () => {
    expect(
      renderMarkdown("Run `it's \"raw\" -- here`.\n\n```\nx = 'a' -- b\n```"),
    ).toBe(
      "<p>Run <code>it's \"raw\" -- here</code>.</p>\n<pre><code>x = 'a' -- b\n</code></pre>\n",
    );
  });
});

describe("frontmatter text follows the same rule", () => {
  const file = "content/quotes.md";
  const text = [
    "---",
    `title: The city's "new" exchange`,
    "date: 2022-08-31",
    "summary: Busan's plan -- in brief.",
    "author: CoinJournal",
    "tags: [Busan's port]",
    "updates:",
    "  - date: 2022-11-11",
    `    note: FTX's "bankruptcy".`,
    "events:",
    "  - date: 2022-08",
    "    title: Busan's deal",
    "---",
    "",
    "Body.",
  ].join("\n");

  it("curls quotes in the headline, summary, notes and events", () => {
    const { article } = parseArticle(text, file);
    expect(article?.title).toBe("The city’s “new” exchange");
    expect(article?.summary).toBe("Busan’s plan – in brief.");
    expect(article?.updates[0]?.note).toBe("FTX’s “bankruptcy”.");
    expect(article?.events[0]?.title).toBe("Busan’s deal");
  });

  it("leaves tags as written: they are identities, not prose", () => {
    expect(parseArticle(text, file).article?.tags).toEqual(["Busan's port"]);
  });
});
