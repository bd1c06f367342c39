// Splits an article file into YAML frontmatter (as `unknown`) and Markdown.
// gray-matter does the split; YAML 1.2's core schema does the parsing, so
// `yes` stays text and dates stay strings. Every JavaScript engine is replaced
// by one that throws: gray-matter would otherwise `eval` `---js` blocks.
// Where each field sits comes from the YAML parser's own node ranges.
import matter from "gray-matter";
import {
  LineCounter,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  type Document,
} from "yaml";

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export interface FrontMatterProblem {
  readonly line: number;
  readonly message: string;
  readonly fix: string;
}

/** Where things sit in the file, so the content rules can name the line to fix. */
export interface FieldPositions {
  /**
   * The file line of a field such as ['updates', 1, 'date']: its key, or the
   * deepest part of the path that is written (for a missing required field,
   * its parent; for a missing top-level field, the closing --- line).
   */
  readonly lineOf: (path: readonly PropertyKey[]) => number;
  /** What lineOf answers from, as plain data: the parse cache stores it (lib/content/parsed-files). */
  readonly table: PositionTable;
}

/** The line of every written key and list item (path as JSON), and of the closing --- line. */
export interface PositionTable {
  readonly lines: readonly (readonly [string, number])[];
  readonly closingLine: number;
}

/** The line of a path's deepest written part; the closing --- line when not even its first part is written. */
export function positionsFromTable(table: PositionTable): FieldPositions {
  const lines = new Map(table.lines);
  return {
    lineOf: (path) => {
      for (let length = path.length; length > 0; length -= 1) {
        const line = lines.get(JSON.stringify(path.slice(0, length)));
        if (line !== undefined) return line;
      }
      return table.closingLine;
    },
    table,
  };
}

export interface MarkdownBody {
  readonly markdown: string;
  /** File line on which the body starts: body line n is file line line + n - 1. */
  readonly line: number;
}

export type FrontMatterResult =
  | {
      readonly ok: true;
      readonly data: unknown;
      readonly positions: FieldPositions;
      readonly body: MarkdownBody;
    }
  | {
      readonly ok: false;
      readonly problem: FrontMatterProblem;
      /** The body, when the file's --- lines are in place, so its rules can still run. */
      readonly body: MarkdownBody | null;
    };

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

interface ParsedYaml {
  readonly document: Document;
  readonly lineCounter: LineCounter;
}

function parseYaml(source: string, parsed: (yaml: ParsedYaml) => void): object {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, {
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    prettyErrors: true,
    lineCounter,
  });
  parsed({ document, lineCounter });
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

function matterOptions(parsed: (yaml: ParsedYaml) => void) {
  return {
    engines: {
      yaml: (source: string) => parseYaml(source, parsed),
      js: refuseCode,
      javascript: refuseCode,
      coffee: refuseCode,
      coffeescript: refuseCode,
      cson: refuseCode,
      json: refuseCode,
    },
  };
}

function fail(
  line: number,
  message: string,
  fix: string,
  body: MarkdownBody | null = null,
): FrontMatterResult {
  return { ok: false, problem: { line, message, fix }, body };
}

type PathPart = string | number;

/** Every key of a map and item of a list below `node`, with the offset where it is written. */
function writtenOffsets(
  node: unknown,
  path: readonly PathPart[],
  out: [PathPart[], number][],
): void {
  const children: [PathPart, unknown, number | undefined][] = isMap(node)
    ? node.items.flatMap((pair) => {
        const key: unknown = isScalar(pair.key) ? pair.key.value : undefined;
        return typeof key === "string" || typeof key === "number"
          ? [[key, pair.value, isNode(pair.key) ? pair.key.range?.[0] : undefined]]
          : [];
      })
    : isSeq(node)
      ? node.items.map((item, index) => [
          index,
          item,
          isNode(item) ? item.range?.[0] : undefined,
        ])
      : [];
  for (const [part, child, offset] of children) {
    if (offset === undefined) continue;
    out.push([[...path, part], offset]);
    writtenOffsets(child, [...path, part], out);
  }
}

// Built eagerly, so the YAML document (many times the size of the table) is not kept per article.
function positionsOf(
  { document, lineCounter }: ParsedYaml,
  closingLine: number,
): FieldPositions {
  const offsets: [PathPart[], number][] = [];
  writtenOffsets(document.contents, [], offsets);
  return positionsFromTable({
    // gray-matter hands over the block from the end of the opening --- line,
    // so YAML line n is file line n.
    lines: offsets.map(([path, offset]) => [
      JSON.stringify(path),
      lineCounter.linePos(offset).line,
    ]),
    closingLine,
  });
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
  const closingIndex = text
    .split("\n")
    .findIndex((line, index) => index > 0 && line.trimEnd() === "---");
  let yaml: ParsedYaml | undefined;
  try {
    // An options object is always passed: without one gray-matter caches by content
    // and hands back `{}` for a broken file the second time it is read.
    const file = matter(
      text,
      matterOptions((parsed) => (yaml = parsed)),
    );
    const body = { markdown: file.content, line: closingIndex + 2 };
    // gray-matter skips the YAML engine for an empty block: every field is then missing.
    const positions: FieldPositions = yaml
      ? positionsOf(yaml, closingIndex + 1)
      : positionsFromTable({ lines: [], closingLine: closingIndex + 1 });
    return { ok: true, data: file.data, positions, body };
  } catch (error) {
    if (error instanceof YamlProblem)
      return fail(error.line, error.message, error.fix, {
        markdown: text.split("\n").slice(closingIndex + 1).join("\n"),
        line: closingIndex + 2,
      });
    throw error;
  }
}
