import { afterEach, describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, splitFrontMatter } from "@/lib/content/front-matter";

declare global {
  var __frontMatterCanary: unknown;
}

afterEach(() => {
  delete globalThis.__frontMatterCanary;
});

describe("splitFrontMatter", () => {
  it("parses YAML 1.2: yes stays text, dates stay strings", () => {
    const result = splitFrontMatter(
      "---\ndraft: yes\ndate: 2022-08-31\n---\nBody\n",
    );
    expect(result).toMatchObject({
      ok: true,
      data: { draft: "yes", date: "2022-08-31" },
      body: { markdown: "Body\n", line: 5 },
    });
  });

  it("finds each field's line from the YAML parser, and points a missing one at the closing ---", () => {
    const result = splitFrontMatter(
      "---\ntitle: A\ntags:\n  - Busan\n  - FTX\nupdates:\n  - date: 2022-09-01\n    note: Later.\n---\nBody\n",
    );
    if (!result.ok) throw new Error(result.problem.message);
    const { lineOf } = result.positions;
    expect(lineOf(["title"])).toBe(2);
    expect(lineOf(["tags", 1])).toBe(5);
    expect(lineOf(["updates", 0, "note"])).toBe(8);
    expect(lineOf(["updates", 0, "correction"])).toBe(7);
    expect(lineOf(["author"])).toBe(9);
  });

  it("hands over the body of a file whose YAML is broken, so its rules still run", () => {
    const result = splitFrontMatter('---\ntitle: "open\n---\nBody\n');
    expect(result).toMatchObject({
      ok: false,
      body: { markdown: "Body\n", line: 4 },
    });
  });

  it.each(["---js", "---javascript", "---JS", "--- js", "---coffee"])(
    "never runs code front matter opened with %s",
    (opening) => {
      const text = `${opening}\n{ title: (globalThis.__frontMatterCanary = "ran") }\n---\nBody\n`;
      const result = splitFrontMatter(text);
      expect(result.ok).toBe(false);
      expect(globalThis.__frontMatterCanary).toBeUndefined();
    },
  );

  it("reports the same error when a broken file is read twice (no gray-matter cache)", () => {
    const broken = '---\ntitle: "open\n---\nBody\n';
    expect(splitFrontMatter(broken)).toEqual(splitFrontMatter(broken));
    expect(splitFrontMatter(broken).ok).toBe(false);
  });

  it("fails fast on a YAML alias bomb", () => {
    const bomb = [
      "---",
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
      "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
      "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
      "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]",
      "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]",
      "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]",
      "---",
      "Body",
    ].join("\n");
    const started = performance.now();
    const result = splitFrontMatter(bomb);
    expect(result).toEqual({
      ok: false,
      problem: {
        line: 2,
        message: "uses too many YAML aliases, which could exhaust memory",
        fix: "remove the YAML aliases (* and &)",
      },
      body: { markdown: "Body", line: 10 },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a file over the size limit", () => {
    const huge = `---\ntitle: Huge\n---\n${"x".repeat(MAX_ARTICLE_BYTES)}`;
    expect(splitFrontMatter(huge)).toEqual({
      ok: false,
      problem: {
        line: 1,
        message: "is larger than 1 MB",
        fix: "split the article or remove embedded data",
      },
      body: null,
    });
  });

  it("rejects a file with no front matter", () => {
    expect(splitFrontMatter("Just a body\n")).toEqual({
      ok: false,
      problem: {
        line: 1,
        message: "has no front matter",
        fix: "start the file with ---, the fields, then another ---",
      },
      body: null,
    });
  });

  it("rejects front matter that is not a set of fields", () => {
    expect(splitFrontMatter("---\n- a\n- b\n---\nBody\n")).toMatchObject({
      ok: false,
      problem: { message: "front matter must be a set of fields" },
    });
  });

  it("rejects duplicate keys", () => {
    expect(
      splitFrontMatter("---\ntitle: A\ntitle: B\n---\nBody\n"),
    ).toMatchObject({ ok: false, problem: { line: 3 } });
  });
});
