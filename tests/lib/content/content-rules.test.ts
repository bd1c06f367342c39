import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readContentLibrary } from "@/lib/content/library";
import { formatProblem, hasErrors } from "@/lib/content/problems";
import { FIXTURES } from "../../support/fixtures";

/** Every problem in a fixture folder, one line each, with the folder's path dropped so lines read as in the docs. */
function problemsIn(fixtureCase: string): string[] {
  const dir = path.join(FIXTURES, "rules", fixtureCase);
  const shown = `${path.relative(process.cwd(), dir)}${path.sep}`;
  const { problems } = readContentLibrary(dir, path.join(dir, "public"));
  return problems.map((problem) =>
    formatProblem(problem).replaceAll(shown, ""),
  );
}

describe("tags spelt two ways across files", () => {
  it("asks for the spelling most articles use, naming a file that uses it", () => {
    expect(problemsIn("tags")).toEqual([
      'b-second.md:7: tags: "ftx" is written "FTX" in a-first.md (write it exactly "FTX", so the articles share one tag)',
      'b-second.md:8: tags: "Busan  Digital Asset Exchange" is written "Busan Digital Asset Exchange" in a-first.md (write it exactly "Busan Digital Asset Exchange", so the articles share one tag)',
    ]);
  });
});

describe("a file with several kinds of problems", () => {
  it("gets every one in one run: body rules run even when the frontmatter has errors", () => {
    expect(problemsIn("several-problems")).toEqual([
      'bad-date-and-body.md:3: date: "2024-02-31" is not a calendar date (use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00)',
      "bad-date-and-body.md:5: autor: is not a known field; did you mean `author`? (rename it author)",
      'bad-date-and-body.md:9: body: links to "/articles/no-such-story", which is not an article (check the slug against the file names in the content folder)',
      'bad-date-and-body.md:11: body: image "/images/missing.png" has no alt text (describe the image inside the brackets, e.g. ![Busan harbour at dusk](/images/missing.png))',
      'bad-date-and-body.md:11: body: image "/images/missing.png" does not exist under public/ (put the file at public/images/missing.png, or correct the path)',
      'bad-date-and-body.md:13: body: warning: raw HTML <iframe src="https://example.com/embed"></iframe> is removed by the sanitizer (write it in Markdown instead; see docs/editing.md)',
      "bad-date-and-body.md:15: body: warning: is still a placeholder (replace the TODO text before you publish)",
    ]);
  });
});

describe("tags that differ only in accents or punctuation", () => {
  it("are one tag page, so the check names both spellings and both files", () => {
    expect(problemsIn("tag-accents")).toEqual([
      'cafe-plain.md:7: tags: "Cafe Society" is written "Café Society" in cafe-accented.md (write it exactly "Café Society", so the articles share one tag)',
      'cafe-plain.md:8: tags: "Web3 DeFi" is written "Web3/DeFi" in cafe-accented.md (write it exactly "Web3/DeFi", so the articles share one tag)',
    ]);
  });
});

describe("links to other articles", () => {
  it("fails on a slug that is not an article and warns about a link to a draft", () => {
    expect(problemsIn("links")).toEqual([
      'linking-story.md:11: body: links to "/articles/no-such-story", which is not an article (check the slug against the file names in the content folder)',
      'linking-story.md:13: body: warning: links to "/articles/unfinished-story", which is a draft and answers 404 until it is published (publish that article first, or remove the link)',
      'linking-story.md:15: body: links to "/articles/missing-reference", which is not an article (check the slug against the file names in the content folder)',
    ]);
  });
});

describe("images", () => {
  it("checks lead and Markdown images against public/ and asks for alt text", () => {
    expect(problemsIn("images")).toEqual([
      'body-images.md:13: body: image "/images/small.png" has no alt text (describe the image inside the brackets, e.g. ![Busan harbour at dusk](/images/small.png))',
      'body-images.md:15: body: image "/images/ship.jpg" does not exist under public/ (put the file at public/images/ship.jpg, or correct the path)',
      'body-images.md:17: body: image "images/crane.png" is a relative path, which breaks on article pages (start the path with /, e.g. /images/crane.png)',
      'lead-missing.md:7: image: "/images/missing.jpg" does not exist under public/ (put the file at public/images/missing.jpg, or correct the path)',
      'lead-unreadable.md:7: image: "/images/not-an-image.png" is not a readable image (save it again as JPEG, PNG, WebP, AVIF or GIF)',
    ]);
  });

  it("reads the intrinsic size of each image it finds", () => {
    const dir = path.join(FIXTURES, "rules", "images");
    const { images } = readContentLibrary(dir, path.join(dir, "public"));
    expect(images.get("/images/small.png")).toEqual({ width: 40, height: 30 });
    expect(images.get("/images/not-an-image.png")).toBeNull();
    expect(images.has("/images/missing.jpg")).toBe(false);
  });
});

describe("raw HTML and unsafe addresses", () => {
  it("warns, with the line, about everything the sanitizer removes, but not about comments", () => {
    const lines = problemsIn("raw-html");
    expect(lines).toEqual([
      "raw-html-story.md:9: body: warning: raw HTML <b>, </b> is removed by the sanitizer (write it in Markdown instead; see docs/editing.md)",
      'raw-html-story.md:13: body: warning: raw HTML <iframe src="https://example.com/embed"></iframe> is removed by the sanitizer (write it in Markdown instead; see docs/editing.md)',
      'raw-html-story.md:15: body: warning: link to "javascript:alert(1)" is removed by the sanitizer (use an http(s) address or a path on this site)',
      'raw-html-story.md:15: body: warning: image "data:image/png;base64,AAAA" is removed by the sanitizer (put the image under public/ and write its path, e.g. /images/busan-port.jpg)',
    ]);
  });

  it("treats them as warnings, so the build goes ahead", () => {
    const dir = path.join(FIXTURES, "rules", "raw-html");
    expect(hasErrors(readContentLibrary(dir).problems)).toBe(false);
  });
});

describe("placeholders", () => {
  it("warns in a draft and fails in a published article", () => {
    expect(problemsIn("placeholders")).toEqual([
      "draft-placeholder.md:5: author: warning: is still a placeholder (replace the TODO text before you publish)",
      "draft-placeholder.md:6: tags: warning: is still a placeholder (replace the TODO text before you publish)",
      "draft-placeholder.md:10: body: warning: is still a placeholder (replace the TODO text before you publish)",
      "published-placeholder.md:4: summary: is still a placeholder (replace the TODO text, or set draft: true until it is ready)",
    ]);
  });
});

describe("file names that differ only in case", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  // Written at run time: a repository holding both names cannot be checked out on macOS or Windows.
  it("fails on one of the two where the disk tells them apart", () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-slugs-"));
    const article = fs.readFileSync(
      path.join(FIXTURES, "rules", "links", "target-story.md"),
      "utf8",
    );
    fs.writeFileSync(path.join(dir, "target-story.md"), article);
    fs.writeFileSync(path.join(dir, "target-story.MD"), article);
    if (fs.readdirSync(dir).length < 2) return; // a case-insensitive disk keeps one file
    const { problems } = readContentLibrary(dir);
    expect(problems.map(formatProblem)).toEqual([
      `${path.join(dir, "target-story.md")}:1: file name: has the same slug as ${path.join(dir, "target-story.MD")} (give each article its own file name; names that differ only in case are the same file on macOS and Windows)`,
    ]);
  });
});

describe("the build", () => {
  // A fresh published-content module: test files share a worker's modules.
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllEnvs());

  it("fails on the same rules as the content check", async () => {
    vi.stubEnv("CONTENT_DIR", path.join(FIXTURES, "rules", "links"));
    const content = await import("@/lib/content/published-content");
    expect(() => content.loadPublishedContent()).toThrow(
      /linking-story\.md:11: body: links to "\/articles\/no-such-story", which is not an article/,
    );
  });
});
