import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BodyCache } from "@/lib/content/body-cache";
import { ParseCache } from "@/lib/content/content-files";
import { readContentLibrary } from "@/lib/content/library";
import { analyzeMarkdown, renderMarkdown } from "@/lib/content/markdown";

const BODY = "It's a [story](https://example.com/story) -- with a link.\n";

function story(title: string, body: string): string {
  return [
    "---",
    `title: ${title}`,
    "date: 2024-03-01",
    "summary: A story for the body cache tests.",
    "author: Fixture Desk",
    "tags: [Busan]",
    "---",
    "",
    body,
  ].join("\n");
}

function cacheFiles(root: string): string[] {
  return fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".json"))
    .map((name) => path.join(root, name));
}

describe("BodyCache", () => {
  let root: string;
  const analyze = vi.fn(analyzeMarkdown);
  const cacheAt = (version = "v1") =>
    new BodyCache(root, { version, analyze });

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "body-cache-"));
    analyze.mockClear();
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  it("analyses a body once, and a second process finds it on disk", () => {
    const first = cacheAt().analyze(BODY);
    const second = cacheAt().analyze(BODY);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    expect(second.scan.links).toEqual([
      { url: "https://example.com/story", line: 1 },
    ]);
    expect(second.plainText).toBe("It's a story -- with a link.");
  });

  it("analyses again when one byte of the body changed", () => {
    cacheAt().analyze(BODY);
    const changed = cacheAt().analyze(BODY.replace("story", "Story"));
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(changed.plainText).toContain("Story");
  });

  it("misses when the analyser's version changed", () => {
    cacheAt("v1").analyze(BODY);
    cacheAt("v2").analyze(BODY);
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it.each([
    ["truncated", (text: string) => text.slice(0, text.length / 2)],
    ["not JSON", () => "\u0000garbage"],
    ["of the wrong shape", () => JSON.stringify({ plainText: 42 })],
  ])("ignores an entry that is %s, and rewrites it", (_case, spoil) => {
    const fresh = cacheAt().analyze(BODY);
    const [entry] = cacheFiles(root);
    if (!entry) throw new Error("no cache entry written");
    fs.writeFileSync(entry, spoil(fs.readFileSync(entry, "utf8")));
    expect(cacheAt().analyze(BODY)).toEqual(fresh);
    expect(analyze).toHaveBeenCalledTimes(2);
    expect(cacheAt().analyze(BODY)).toEqual(fresh);
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  describe("a body's HTML", () => {
    const render = vi.fn(renderMarkdown);
    const withRenderer = (rendererVersion = "r1") =>
      new BodyCache(root, { version: "v1", analyze, rendererVersion, render });
    const htmlOf = (cache: BodyCache, markdown: string) =>
      cache.html(cache.read(markdown, "unused.md").hash, () => markdown);

    beforeEach(() => render.mockClear());

    it("is rendered once, and a second process reads it from disk", () => {
      const first = htmlOf(withRenderer(), BODY);
      expect(htmlOf(withRenderer(), BODY)).toBe(first);
      expect(render).toHaveBeenCalledTimes(1);
      expect(first).toBe(
        '<p>It’s a <a href="https://example.com/story">story</a> – with a link.</p>\n',
      );
    });

    it("is rendered again for a changed body or another renderer", () => {
      htmlOf(withRenderer(), BODY);
      expect(htmlOf(withRenderer(), BODY.replace("story", "tale"))).toContain(
        ">tale<",
      );
      htmlOf(withRenderer("r2"), BODY);
      expect(render).toHaveBeenCalledTimes(3);
    });

    it("is kept by the prune as a folder of this version", () => {
      const cache = withRenderer();
      htmlOf(cache, BODY);
      const { folders, entries } = cache.inUse();
      expect(folders).toContain("html-r1");
      const htmlEntries = cacheFiles(root).filter((file) =>
        file.includes(`${path.sep}html-r1${path.sep}`),
      );
      expect(htmlEntries).toHaveLength(1);
      expect(entries.has(htmlEntries[0] ?? "")).toBe(true);
    });
  });

  it("still analyses when the cache folder cannot be written", () => {
    const blocked = path.join(root, "a-file");
    fs.writeFileSync(blocked, "");
    const cache = new BodyCache(blocked, { version: "v1", analyze });
    expect(cache.analyze(BODY).plainText).toBe("It's a story -- with a link.");
  });

  it("is shared by the content check's read and a later server read", () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "body-cache-content-"));
    try {
      fs.writeFileSync(path.join(content, "one.md"), story("One", BODY));
      fs.writeFileSync(path.join(content, "two.md"), story("Two", "Two.\n"));
      vi.stubEnv("CONTENT_CACHE_DIR", root);
      // What `npm run content:check` calls: the default cache under CONTENT_CACHE_DIR.
      expect(readContentLibrary(content).problems).toEqual([]);
      expect(cacheFiles(root).filter((file) => file.includes("bodies-"))).toHaveLength(2);
      const later = new ParseCache(
        new BodyCache(root, {
          analyze: () => {
            throw new Error("analysed again");
          },
        }),
      );
      const titles = readContentLibrary(content, content, later).articles.map(
        (article) => article.title,
      );
      expect(titles).toEqual(["One", "Two"]);
    } finally {
      fs.rmSync(content, { recursive: true, force: true });
    }
  });

  describe("an article's body, loaded on demand", () => {
    // Everything after the closing ---, including the blank line story() leaves.
    const FILE_BODY = `\n${BODY}`;
    let content: string;
    const file = () => path.join(content, "one.md");
    const readOne = () => {
      const [article] = readContentLibrary(
        content,
        content,
        new ParseCache(new BodyCache(root)),
      ).articles;
      if (!article) throw new Error("one.md was not read");
      return article;
    };

    beforeEach(() => {
      content = fs.mkdtempSync(path.join(os.tmpdir(), "body-cache-content-"));
      fs.writeFileSync(file(), story("One", BODY));
    });

    afterEach(() => {
      fs.rmSync(content, { recursive: true, force: true });
    });

    it("is the version that was read, even after the file broke", () => {
      const article = readOne();
      fs.writeFileSync(file(), "---\ntitle: [unclosed\n---\n\nA new body.\n");
      expect(article.body.markdown()).toBe(FILE_BODY);
      expect(article.body.plainText()).toBe("It's a story -- with a link.");
    });

    it("comes from the file when the cache folder was deleted", () => {
      const article = readOne();
      fs.rmSync(root, { recursive: true, force: true });
      expect(article.body.markdown()).toBe(FILE_BODY);
      expect(article.body.plainText()).toBe("It's a story -- with a link.");
    });

    it("keeps its search words beside it, read back without the body", () => {
      const article = readOne();
      for (const name of fs.readdirSync(root).filter((n) => n.startsWith("bodies-")))
        fs.rmSync(path.join(root, name), { recursive: true, force: true });
      fs.rmSync(file());
      expect(article.body.searchWords()).toEqual({
        words: ["it", "s", "a", "story", "with", "link"],
        counts: [1, 1, 2, 1, 1, 1],
        folded: "it s a story with a link ",
      });
    });

    it("is kept in the cache entry, not on the article", () => {
      const article = readOne();
      const [entry] = cacheFiles(root);
      if (!entry) throw new Error("no cache entry written");
      const stored: unknown = JSON.parse(fs.readFileSync(entry, "utf8"));
      expect(stored).toMatchObject({ markdown: FILE_BODY });
      expect(Object.values(article)).not.toContain(FILE_BODY);
    });
  });
});
