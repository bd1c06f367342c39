import { describe, expect, it } from "vitest";
import { parseArticle } from "@/lib/content/article";
import { formatProblem } from "@/lib/content/problems";
import { readFixture } from "../../support/fixtures";

function problemsFor(fixture: string): string[] {
  const { problems } = parseArticle(
    readFixture(`invalid/${fixture}`),
    `content/${fixture}`,
  );
  return problems.map(formatProblem);
}

const VALID = `---
title: Busan signs a deal
date: 2022-08-31
summary: A short summary.
author: CoinJournal
source:
  name: CoinJournal
tags: [Busan, FTX]
---

Body with **bold** text.
`;

describe("parseArticle on a valid file", () => {
  it("returns the article with its slug, dates and word count", () => {
    const { article, problems } = parseArticle(
      VALID,
      "content/busan-signs-a-deal.md",
    );
    expect(problems).toEqual([]);
    expect(article?.slug).toBe("busan-signs-a-deal");
    expect(article?.title).toBe("Busan signs a deal");
    expect(article?.date.calendarDate).toBe("2022-08-31");
    expect(article?.date.iso).toBe("2022-08-31T00:00:00+09:00");
    expect(article?.modified).toEqual(article?.date);
    expect(article?.source).toEqual({ name: "CoinJournal" });
    expect(article?.tags).toEqual(["Busan", "FTX"]);
    expect(article?.draft).toBe(false);
    expect(article?.wordCount).toBe(4);
    expect(article?.readingMinutes).toBe(1);
  });

  it("accepts CRLF line endings", () => {
    const { article, problems } = parseArticle(
      VALID.replace(/\n/g, "\r\n"),
      "content/crlf.md",
    );
    expect(problems).toEqual([]);
    expect(article?.title).toBe("Busan signs a deal");
  });

  it("takes the latest update as the modified date", () => {
    const text = VALID.replace(
      "tags: [Busan, FTX]",
      "tags: [Busan, FTX]\nupdated: 2022-09-02\nupdates:\n  - date: 2023-11-02\n    note: Later.\n  - date: 2022-11-11\n    note: Earlier.",
    );
    const { article } = parseArticle(text, "content/updated.md");
    expect(article?.modified.calendarDate).toBe("2023-11-02");
  });

  it("reads events at the precision written", () => {
    const text = VALID.replace(
      "tags: [Busan, FTX]",
      "tags: [Busan, FTX]\nevents:\n  - date: 2019\n    title: Zone\n  - date: 2022-08\n    title: Month\n  - date: 2022-08-26\n    title: Day",
    );
    const { article } = parseArticle(text, "content/events.md");
    expect(article?.events.map((event) => event.date)).toEqual([
      { value: "2019", precision: "year" },
      { value: "2022-08", precision: "month" },
      { value: "2022-08-26", precision: "day" },
    ]);
  });
});

describe("parseArticle reports each mistake with file, line, field and fix", () => {
  const cases: [string, string[]][] = [
    [
      "missing-title.md",
      [
        'content/missing-title.md:6: title: is required (write the headline as text, e.g. title: "Busan signs deal with FTX")',
      ],
    ],
    [
      "impossible-date.md",
      [
        'content/impossible-date.md:3: date: "2024-02-31" is not a calendar date (use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00)',
      ],
    ],
    [
      "month-thirteen.md",
      [
        'content/month-thirteen.md:3: date: "2024-13-01" is not a calendar date (use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00)',
      ],
    ],
    [
      "rolled-over-date.md",
      [
        'content/rolled-over-date.md:3: date: "2024-02-30" is not a calendar date (use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00)',
      ],
    ],
    [
      "tags-not-a-list.md",
      [
        'content/tags-not-a-list.md:6: tags: must be a list of tags, but YAML read the text "Busan" (write a list, e.g. tags: [Busan, Binance])',
      ],
    ],
    [
      "draft-yes.md",
      [
        'content/draft-yes.md:7: draft: must be true or false, but YAML read the text "yes" (write draft: true or draft: false)',
      ],
    ],
    [
      "numeric-title.md",
      [
        'content/numeric-title.md:2: title: must be text, but YAML read the number 1234 (write the headline as text, e.g. title: "Busan signs deal with FTX")',
      ],
    ],
    [
      "updated-before-date.md",
      [
        "content/updated-before-date.md:4: updated: is before date (write a date on or after date; use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00)",
      ],
    ],
    [
      "unknown-field.md",
      [
        "content/unknown-field.md:7: tagz: is not a known field; did you mean `tags`? (rename it tags)",
      ],
    ],
    [
      "misspelt-author.md",
      [
        "content/misspelt-author.md:5: autor: is not a known field; did you mean `author`? (rename it author)",
        "content/misspelt-author.md:8: source.nme: is not a known field; did you mean `name`? (rename it name)",
        "content/misspelt-author.md:9: publisher: is not a known field (check the spelling; known fields are title, date, summary, author, source, tags, updated, draft, image, imageAlt, imageCredit, updates, events)",
      ],
    ],
    [
      "long-summary.md",
      [
        "content/long-summary.md:4: summary: is longer than 200 characters (write one or two sentences of at most 200 characters)",
      ],
    ],
    [
      "bad-update-date.md",
      [
        'content/bad-update-date.md:10: updates[1].date: "2022-09-31" is not a calendar date (write the date of the update, on or after the article date; use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00)',
      ],
    ],
    [
      "broken-yaml.md",
      [
        'content/broken-yaml.md:3: front matter: broken YAML: Missing closing "quote (check quotes, colons and indentation on this line and the one above)',
      ],
    ],
    [
      "js-engine.md",
      [
        "content/js-engine.md:1: front matter: front matter must be YAML, not code (start the file with a line of just ---)",
      ],
    ],
    [
      "unclosed.md",
      [
        "content/unclosed.md:1: front matter: front matter is never closed (add a line of just --- after the last field)",
      ],
    ],
    [
      "blank-line-first.md",
      [
        "content/blank-line-first.md:1: front matter: has blank lines before the opening --- (delete everything above the first ---)",
      ],
    ],
    [
      "cr-only.md",
      [
        "content/cr-only.md:1: front matter: uses CR-only line endings (save the file with LF (Unix) line endings)",
      ],
    ],
    [
      "two-problems.md",
      [
        'content/two-problems.md:3: date: "2022-02-29" is not a calendar date (use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00)',
        "content/two-problems.md:5: author: is empty (write the byline, e.g. author: CoinJournal)",
      ],
    ],
  ];

  it.each(cases)("%s", (fixture, expected) => {
    expect(problemsFor(fixture)).toEqual(expected);
  });

  it("rejects a file name that is not a slug", () => {
    const { article, problems } = parseArticle(VALID, "content/Busan_Deal.md");
    expect(article).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      'content/Busan_Deal.md:1: file name: "Busan_Deal.md" is not a valid slug (rename the file in lower-case words joined by hyphens, e.g. busan-signs-ftx-deal.md)',
    ]);
  });

  it("rejects a source URL that is not an http(s) address", () => {
    const text = VALID.replace(
      "  name: CoinJournal",
      "  name: CoinJournal\n  url: javascript:alert(1)",
    );
    expect(
      parseArticle(text, "content/bad-url.md").problems.map(formatProblem),
    ).toEqual([
      "content/bad-url.md:8: source.url: must be a full http(s) address (write the full original address, or leave url out when it is not known)",
    ]);
  });
});

describe("parseArticle never lets YAML retype or roll over a value silently", () => {
  const base = VALID.replace("tags: [Busan, FTX]", "tags: [Busan]");
  const fixTitle =
    '(write the headline as text, e.g. title: "Busan signs deal with FTX")';
  const fixDate =
    "(use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00)";
  it.each([
    [
      "title: Busan signs a deal",
      "title: 01234",
      `2: title: must be text, but YAML read the number 1234 ${fixTitle}`,
    ],
    [
      "title: Busan signs a deal",
      "title: 0x1F",
      `2: title: must be text, but YAML read the number 31 ${fixTitle}`,
    ],
    [
      "title: Busan signs a deal",
      "title: 1e3",
      `2: title: must be text, but YAML read the number 1000 ${fixTitle}`,
    ],
    [
      "title: Busan signs a deal",
      "title: true",
      `2: title: must be text, but YAML read the boolean true ${fixTitle}`,
    ],
    [
      "date: 2022-08-31",
      "date: 2023-02-29",
      `3: date: "2023-02-29" is not a calendar date ${fixDate}`,
    ],
    [
      "date: 2022-08-31",
      "date: 2024-02-30T09:00:00+09:00",
      `3: date: "2024-02-30T09:00:00+09:00" is not a calendar date ${fixDate}`,
    ],
    [
      "tags: [Busan]",
      "tags: [Busan, 2022]",
      "8: tags[1]: must be text, but YAML read the number 2022 (write a list, e.g. tags: [Busan, Binance])",
    ],
    [
      "tags: [Busan]",
      "tags: [Busan]\ndraft: no",
      '9: draft: must be true or false, but YAML read the text "no" (write draft: true or draft: false)',
    ],
    [
      "tags: [Busan]",
      "tags: [Busan]\ndraft: on",
      '9: draft: must be true or false, but YAML read the text "on" (write draft: true or draft: false)',
    ],
  ])("%s → %s is an error", (from, to, problem) => {
    const { article, problems } = parseArticle(
      base.replace(from, to),
      "content/retyped.md",
    );
    expect(article).toBeNull();
    expect(problems.map(formatProblem)).toEqual([
      `content/retyped.md:${problem}`,
    ]);
  });

  it("keeps an unquoted no as the text it is where text is expected", () => {
    const { article } = parseArticle(
      base.replace("author: CoinJournal", "author: no"),
      "content/author-no.md",
    );
    expect(article?.author).toBe("no");
  });
});
