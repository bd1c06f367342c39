import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BodyCache } from "@/lib/content/body-cache";
import { ParsedFileCache } from "@/lib/content/parsed-files";

const TEXT = `---
title: It's "Busan" -- a story
date: 2022-08-31
summary: A summary.
author: Fixture Desk
tags: [Busan, FTX]
updates:
  - { date: 2022-09-02, note: "Fixed -- a name" }
---

Body with [a link](https://example.com/a).
`;

function entries(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.startsWith("parsed-") && name.endsWith(".json"))
    .map((name) => path.join(root, name));
}

describe("ParsedFileCache", () => {
  let root: string;
  const cacheAt = (version = "v1") =>
    new ParsedFileCache(new BodyCache(root, { version: "b1" }), version);
  const parse = (text: string, version?: string) =>
    cacheAt(version).parse(text, "content/story.md", "/nowhere/story.md");

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "parsed-files-"));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("gives back the parse it stored, article, positions and body rules' facts alike", () => {
    const first = parse(TEXT);
    const second = parse(TEXT);
    // The body handles differ by design: one reads the cache, the other the text it was given.
    expect({ ...second.article, body: null }).toEqual({
      ...first.article,
      body: null,
    });
    expect(second.article).toMatchObject({
      title: "It’s “Busan” – a story",
      modified: { calendarDate: "2022-09-02" },
      wordCount: 4,
    });
    expect(second.source.positions?.lineOf(["updates", 0, "note"])).toBe(8);
    expect(second.source.positions?.lineOf(["imageAlt"])).toBe(9);
    expect(second.source.body).toEqual(first.source.body);
    expect(second.article?.body.markdown()).toBe(
      "\nBody with [a link](https://example.com/a).\n",
    );
  });

  it("reads the stored entry instead of parsing again", () => {
    parse(TEXT);
    const [entry] = entries(root);
    if (!entry) throw new Error("nothing stored");
    const stored = fs.readFileSync(entry, "utf8");
    fs.writeFileSync(entry, stored.replace("It’s", "Stored: it’s"));
    expect(parse(TEXT).article?.title).toBe("Stored: it’s “Busan” – a story");
  });

  it("parses again when the entry is corrupt or of another parser version", () => {
    parse(TEXT);
    const [entry] = entries(root);
    if (!entry) throw new Error("nothing stored");
    fs.writeFileSync(entry, '{"frontmatter": 1}');
    expect(parse(TEXT).article?.title).toBe("It’s “Busan” – a story");
    fs.writeFileSync(entry, "{");
    expect(parse(TEXT, "v2").article?.title).toBe("It’s “Busan” – a story");
    expect(entries(root)).toHaveLength(2);
  });

  it("stores nothing for a file with problems, so its messages are always current", () => {
    const broken = TEXT.replace("date: 2022-08-31", "date: 2022-02-31");
    expect(parse(broken).problems.map((problem) => problem.field)).toEqual([
      "date",
    ]);
    expect(parse(broken).problems).toHaveLength(1);
    expect(entries(root)).toEqual([]);
  });
});
