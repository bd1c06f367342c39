// Splits an article file into YAML frontmatter (as `unknown`) and Markdown.
// gray-matter does the split; YAML 1.2's core schema does the parsing, so
// `yes` stays text and dates stay strings. Every JavaScript engine is replaced
// by one that throws: gray-matter would otherwise `eval` `---js` blocks.
import matter from "gray-matter";
import { parseDocument } from "yaml";

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export interface FrontMatterProblem {
  readonly line: number;
  readonly message: string;
  readonly fix: string;
}

export type FrontMatterResult =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly frontMatter: string;
      readonly body: string;
      readonly bodyLine: number;
    }
  | { readonly ok: false; readonly problem: FrontMatterProblem };

class YamlProblem extends Error {
  constructor(
    readonly line: number,
    readonly fix: string,
    message: string,
  ) {
    super(message);
  }
}

function refuseCode(): never {
  throw new YamlProblem(
    1,
    "start the file with a line of just ---",
    "front matter must be YAML, not code",
  );
}

function parseYaml(source: string): object {
  const document = parseDocument(source, {
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    prettyErrors: true,
  });
  const [error] = document.errors;
  if (error) {
    // gray-matter hands over the block from the end of the opening --- line,
    // so YAML line n is file line n.
    const line = error.linePos?.[0]?.line ?? 1;
    throw new YamlProblem(
      line,
      "check quotes, colons and indentation on this line and the one above",
      `broken YAML: ${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}`,
    );
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 });
  } catch {
    throw new YamlProblem(
      2,
      "remove the YAML aliases (* and &)",
      "uses too many YAML aliases, which could exhaust memory",
    );
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new YamlProblem(
      2,
      "write each field on its own line as name: value",
      "front matter must be a set of fields",
    );
  }
  return value;
}

const MATTER_OPTIONS = {
  engines: {
    yaml: parseYaml,
    js: refuseCode,
    javascript: refuseCode,
    coffee: refuseCode,
    coffeescript: refuseCode,
    cson: refuseCode,
    json: refuseCode,
  },
};

function fail(line: number, message: string, fix: string): FrontMatterResult {
  return { ok: false, problem: { line, message, fix } };
}

/** Checks the shape gray-matter would otherwise guess at silently. */
function findShapeProblem(text: string): FrontMatterResult | null {
  if (Buffer.byteLength(text, "utf8") > MAX_ARTICLE_BYTES) {
    return fail(
      1,
      `is larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`,
      "split the article or remove embedded data",
    );
  }
  if (/\r(?!\n)/.test(text)) {
    return fail(
      1,
      "uses CR-only line endings",
      "save the file with LF (Unix) line endings",
    );
  }
  const lines = text.split("\n");
  const first = lines[0]?.trimEnd() ?? "";
  if (first !== "---") {
    if (first === "" && text.trimStart().startsWith("---")) {
      return fail(
        1,
        "has blank lines before the opening ---",
        "delete everything above the first ---",
      );
    }
    if (first.startsWith("---")) {
      return fail(
        1,
        "front matter must be YAML, not code",
        "start the file with a line of just ---",
      );
    }
    return fail(
      1,
      "has no front matter",
      "start the file with ---, the fields, then another ---",
    );
  }
  if (!lines.slice(1).some((line) => line.trimEnd() === "---")) {
    return fail(
      1,
      "front matter is never closed",
      "add a line of just --- after the last field",
    );
  }
  return null;
}

export function splitFrontMatter(rawText: string): FrontMatterResult {
  const shapeProblem = findShapeProblem(rawText);
  if (shapeProblem) return shapeProblem;
  const text = rawText.replace(/\r\n/g, "\n");
  try {
    // An options object is always passed: without one gray-matter caches by content
    // and hands back `{}` for a broken file the second time it is read.
    const file = matter(text, MATTER_OPTIONS);
    const closingLine = text
      .split("\n")
      .findIndex((line, index) => index > 0 && line.trimEnd() === "---");
    return {
      ok: true,
      data: file.data,
      frontMatter: file.matter,
      body: file.content,
      bodyLine: closingLine + 2,
    };
  } catch (error) {
    if (error instanceof YamlProblem)
      return fail(error.line, error.message, error.fix);
    throw error;
  }
}
