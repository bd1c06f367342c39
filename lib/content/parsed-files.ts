// Parse results of valid files, kept on disk and keyed by a hash of the file's
// name (not its folder) and text and of the parser, so the content check parses each file once
// per change and every `next build` worker and a starting server skip the YAML,
// the schema's transforms (typography, time zones) and the body analysis: they
// read one small entry per file. Only results without problems are stored; a
// file with errors is parsed every time, so its messages are always current.
import path from "node:path";
import { z } from "zod";
import {
  buildArticle,
  parseArticle,
  slugFromFileName,
  type ParseResult,
} from "@/lib/content/article";
import {
  BodyCache,
  currentAnalyserVersion,
  currentSearchWordsVersion,
  scanSchema,
} from "@/lib/content/body-cache";
import {
  cacheVersion,
  entryFile,
  readEntry,
  sha256,
  writeEntry,
} from "@/lib/content/cache-files";
import { pruneContentCache, type PruneOutcome } from "@/lib/content/cache-prune";
import { positionsFromTable } from "@/lib/content/front-matter";

/** Bump when a stored entry's shape changes. */
const ENTRY_FORMAT = 1;

// Every field and every transform the schema applies (curly quotes, dashes,
// dates in and out of Busan's zone, event precisions), so a change to the
// parser changes the version and old entries are never read. A parse also
// writes the body's search words, so their version is the parser's too: a new
// one parses every file again once, which fills them.
const PROBE = `---
title: "A \\"quoted\\" title -- with dashes..."
date: 2022-08-31
summary: It's a summary -- with "quotes".
author: Probe Desk
source: { name: Probe, url: "https://example.com/a" }
tags: [Busan, "FTX's tag"]
updated: 2022-09-01T09:30:00+02:00
draft: false
image: /images/probe.png
imageAlt: "An \\"alt\\" text"
imageCredit: Photo -- Probe
updates:
  - { date: 2022-09-02, note: "A note -- fixed", correction: true }
events:
  - { date: "2019", title: A year }
  - { date: 2022-08, title: A month }
  - { date: 2022-08-26, title: A day }
---

Body with a [link](https://example.com/b).

TODO a placeholder line
`;

let parserVersion: string | undefined;

function currentParserVersion(): string {
  if (parserVersion) return parserVersion;
  const { article, source } = parseArticle(PROBE, "probe.md");
  parserVersion = cacheVersion(
    ENTRY_FORMAT,
    currentAnalyserVersion(),
    currentSearchWordsVersion(),
    article,
    source.positions?.table,
    source.body,
  );
  return parserVersion;
}

const publicationDate = z.object({
  calendarDate: z.string(),
  iso: z.string(),
  epochMs: z.number(),
});

// The schema's output, as JSON holds it (lib/content/schema is the input's schema).
const storedFrontmatter = z.object({
  title: z.string(),
  date: publicationDate,
  summary: z.string(),
  author: z.string(),
  source: z.object({ name: z.string(), url: z.string().optional() }).optional(),
  tags: z.array(z.string()),
  updated: publicationDate.optional(),
  draft: z.boolean(),
  image: z.string().optional(),
  imageAlt: z.string().optional(),
  imageCredit: z.string().optional(),
  updates: z.array(
    z.object({
      date: publicationDate,
      note: z.string(),
      correction: z.boolean().optional(),
    }),
  ),
  events: z.array(
    z.object({
      date: z.object({
        value: z.string(),
        precision: z.enum(["year", "month", "day"]),
      }),
      title: z.string(),
    }),
  ),
});

const entrySchema = z.object({
  frontmatter: storedFrontmatter,
  wordCount: z.number(),
  bodyHash: z.string(),
  body: z.object({
    line: z.number(),
    scan: scanSchema,
    placeholderLines: z.array(z.number()),
  }),
  positions: z.object({
    lines: z.array(z.tuple([z.string(), z.number()])),
    closingLine: z.number(),
  }),
});

export class ParsedFileCache {
  readonly #dir: string;
  readonly #bodies: BodyCache;
  readonly #used = new Set<string>();

  constructor(bodies: BodyCache, version: string = currentParserVersion()) {
    this.#bodies = bodies;
    this.#dir = path.join(bodies.root, `parsed-${version}`);
  }

  /** The file's parse: stored when this name and text were parsed before without problems, else parsed now. */
  parse(text: string, file: string, sourceFile: string): ParseResult {
    // The folder is not part of the key: an entry names no path, and a moved content folder still hits.
    const key = sha256(`${path.basename(file)}\0${text}`);
    return (
      this.#load(key, file, sourceFile) ?? this.#parse(key, text, file, sourceFile)
    );
  }

  #load(key: string, file: string, sourceFile: string): ParseResult | undefined {
    const stored = entryFile(this.#dir, key);
    this.#used.add(stored);
    const entry = readEntry(stored, entrySchema);
    if (!entry) return undefined;
    this.#bodies.markUsed(entry.bodyHash);
    const slug = slugFromFileName(file);
    const body = this.#bodies.bodyAt(entry.bodyHash, sourceFile);
    return {
      source: {
        file,
        slug,
        positions: positionsFromTable(entry.positions),
        body: entry.body,
      },
      article: buildArticle(entry.frontmatter, slug, body, entry.wordCount),
      problems: [],
    };
  }

  /** Removes what no read by this cache used (lib/content/cache-prune): after a full read only. */
  prune(): PruneOutcome {
    const bodies = this.#bodies.inUse();
    return pruneContentCache(
      this.#bodies.root,
      [path.basename(this.#dir), ...bodies.folders],
      new Set([...this.#used, ...bodies.entries]),
    );
  }

  #parse(key: string, text: string, file: string, sourceFile: string) {
    let bodyHash: string | undefined;
    const result = parseArticle(text, file, (markdown) => {
      const read = this.#bodies.read(markdown, sourceFile);
      bodyHash = read.hash;
      return read;
    });
    const { article, source, problems } = result;
    const frontmatter = storedFrontmatter.safeParse(article);
    if (problems.length === 0 && frontmatter.success && source.body && bodyHash)
      writeEntry(entryFile(this.#dir, key), {
        frontmatter: frontmatter.data,
        wordCount: article?.wordCount,
        bodyHash,
        body: source.body,
        positions: source.positions?.table,
      });
    return result;
  }
}
