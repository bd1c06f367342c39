import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { BodyCache } from "@/lib/content/body-cache";
import { ParseCache } from "@/lib/content/content-files";
import { readContentLibrary } from "@/lib/content/library";
import {
  MAX_QUERY_LENGTH,
  parseQuery,
  readQuery,
  type TextSegment,
} from "@/lib/reading/search";
import type { SiteIndex } from "@/lib/reading/site-index";
import {
  articleText,
  makeArticle,
  siteIndexOf,
  type ArticleSpec,
} from "../../support/articles";

const SPECS: readonly ArticleSpec[] = [
  {
    slug: "ftx",
    date: "2022-08-31",
    title: "Busan partners with FTX",
    tags: ["Busan", "FTX"],
    body: "Amy Woo of FTX said the exchange will open in Busan. Woo added more.",
  },
  {
    slug: "binance",
    date: "2022-11-01",
    title: "Binance helps Busan",
    tags: ["Busan", "Binance"],
    body: "Leon Foong met Amy Park and Amy Lee. A woo-hoo, woo moment for the Société of traders.",
  },
  {
    slug: "ports",
    date: "2023-01-01",
    title: "Harbour news",
    summary: "Busan harbour grows.",
    tags: ["Ports"],
  },
  {
    slug: "cranes",
    date: "2021-05-01",
    tags: ["Shipping"],
    body: "Cranes lift boxes, boxes and boxes, then boxes and more boxes.",
  },
  {
    slug: "ferries",
    date: "2021-06-01",
    tags: ["Shipping"],
    body: "Ferries carry boxes and boxes and boxes.",
  },
  {
    slug: "keeper",
    date: "2020-01-01",
    tags: ["Lights"],
    body: 'The keeper\'s "lighthouse" log -- kept daily... since 1990.',
  },
  {
    slug: "ships",
    date: "2021-07-01",
    tags: ["Shipping"],
    body: "Ships carry boxes.",
  },
];

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders)
    fs.rmSync(folder, { recursive: true, force: true });
});

/** The articles as a server reads them: parsed entries, and bodies' search words from the disk cache a first read filled. */
function siteReadBackFromDisk(specs: readonly ArticleSpec[]): SiteIndex {
  const [content, cache] = ["search-content-", "search-cache-"].map((prefix) =>
    fs.mkdtempSync(path.join(os.tmpdir(), prefix)),
  );
  if (!content || !cache) throw new Error("no temporary folders");
  folders.push(content, cache);
  for (const spec of specs)
    fs.writeFileSync(path.join(content, `${spec.slug}.md`), articleText(spec));
  readContentLibrary(content, content, new ParseCache(new BodyCache(cache)));
  const analyze = () => {
    throw new Error("a body was analysed again instead of read back");
  };
  const bodies = new BodyCache(cache, { analyze });
  return siteIndexOf(
    readContentLibrary(content, content, new ParseCache(bodies)).articles,
  );
}

// The same expectations whether bodies are in memory or only on disk: a
// different ranking or a missing match on either path fails.
describe.each([
  ["parsed in memory", siteIndexOf(SPECS.map(makeArticle))],
  ["read back from the disk cache", siteReadBackFromDisk(SPECS)],
])("search over articles %s", (_, site) => {
  function find(text: string): string[] {
    return site.search(parseQuery(text)).results.map((r) => r.article.slug);
  }

  function marked(segments: readonly TextSegment[]): string[] {
    return segments.filter((s) => s.marked).map((s) => s.text);
  }

  it("ranks the article naming Amy Woo before one with both words apart", () => {
    expect(find("Amy Woo")).toEqual(["ftx", "binance"]);
    // Out of order, nothing stands together, and binance names both words more often.
    expect(find("woo amy")).toEqual(["binance", "ftx"]);
  });

  it("finds only the words together when quoted", () => {
    expect(find('"amy woo"')).toEqual(["ftx"]);
    expect(find('"woo amy"')).toEqual([]);
  });

  it("ignores case and accents on both sides", () => {
    expect(find("SOCIETE")).toEqual(["binance"]);
    expect(find("sóciété")).toEqual(["binance"]);
    expect(find("BÜSAN")).toEqual(find("busan"));
  });

  it("searches titles, summaries, tags and bodies, best match first", () => {
    // Title and tag matches outrank a summary-only match; ftx's body names Busan too.
    expect(find("busan")).toEqual(["ftx", "binance", "ports"]);
    expect(find("ports")).toEqual(["ports"]);
    expect(find("foong")).toEqual(["binance"]);
  });

  it("adds up the scores of every word searched for", () => {
    // Both name woo twice in the body; ftx has Busan in its body as well as its
    // title and tags, so it leads by one point, against the newer binance.
    expect(find("woo busan")).toEqual(["ftx", "binance"]);
  });

  it("counts a word up to three times, then ties go to the newer article", () => {
    // ferries and cranes name boxes three and five times: equal once capped.
    expect(find("boxes")).toEqual(["ferries", "cranes", "ships"]);
  });

  it("marks the matched words in the title and snippet, a phrase as one mark", () => {
    const [result] = site.search(parseQuery("amy woo")).results;
    expect(marked(result?.title ?? [])).toEqual([]);
    expect(marked(result?.snippet ?? [])).toEqual(["Amy Woo", "Woo"]);
    expect(result?.snippet.map((s) => s.text).join("")).toContain(
      "Amy Woo of FTX said",
    );
  });

  it("shows a snippet with the site's punctuation, marks in place", () => {
    const [result] = site.search(parseQuery("lighthouse")).results;
    expect(result?.snippet.map((s) => s.text).join("")).toBe(
      "The keeper’s “lighthouse” log – kept daily… since 1990 …",
    );
    expect(marked(result?.snippet ?? [])).toEqual(["lighthouse"]);
  });

  it("finds nothing for an empty or wordless query", () => {
    expect(site.search(parseQuery(""))).toEqual({ total: 0, results: [] });
    expect(site.search(parseQuery('!! "" ?'))).toEqual({
      total: 0,
      results: [],
    });
  });
});

describe("reading the query", () => {
  it("takes the first of repeated parameters and trims", () => {
    expect(readQuery(["  amy ", "woo"])).toBe("amy");
    expect(readQuery(undefined)).toBe("");
    expect(readQuery([])).toBe("");
  });

  it("cuts long input by code points, never inside an emoji", () => {
    const long = "🦀".repeat(MAX_QUERY_LENGTH + 50);
    const read = readQuery(long);
    expect(Array.from(read)).toHaveLength(MAX_QUERY_LENGTH);
    expect(read.isWellFormed()).toBe(true);
  });

  it("reads an unclosed quote as a phrase to the end", () => {
    expect(parseQuery('busan "amy woo').terms).toEqual([
      { words: ["busan"] },
      { words: ["amy", "woo"] },
    ]);
  });
});
