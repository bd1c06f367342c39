import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BodyCache } from "@/lib/content/body-cache";
import { pruneContentCache } from "@/lib/content/cache-prune";
import { ParseCache } from "@/lib/content/content-files";
import { readContentLibrary } from "@/lib/content/library";

const NOW = Date.parse("2026-11-30T00:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;

describe("pruneContentCache", () => {
  let root: string;

  /** Writes an entry whose last write was `ageDays` before NOW. */
  function entry(folder: string, name: string, ageDays: number): string {
    const file = path.join(root, folder, name.slice(0, 2), `${name}.json`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, "{}");
    const written = new Date(NOW - ageDays * DAY_MS);
    fs.utimesSync(file, written, written);
    return file;
  }

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "cache-prune-"));
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("keeps what the read used and unused entries younger than a week", () => {
    const used = entry("bodies-new", "aa01", 30);
    const young = entry("parsed-new", "bb02", 6);
    const old = entry("parsed-new", "cc03", 8);
    const outcome = pruneContentCache(
      root,
      ["bodies-new", "parsed-new"],
      new Set([used]),
      NOW,
    );
    expect(outcome).toEqual({ removedEntries: 1, keptEntries: 2 });
    expect([used, young, old].map((file) => fs.existsSync(file))).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("removes the folders of other versions whole, even entries just written", () => {
    const stale = entry("bodies-old", "aa01", 0);
    const outcome = pruneContentCache(root, ["bodies-new"], new Set([stale]), NOW);
    expect(outcome).toEqual({ removedEntries: 1, keptEntries: 0 });
    expect(fs.existsSync(path.join(root, "bodies-old"))).toBe(false);
  });

  it("leaves files that are not a cache's alone, and a missing root is nothing to prune", () => {
    const other = path.join(root, "notes.txt");
    fs.writeFileSync(other, "mine");
    expect(pruneContentCache(root, [], new Set(), NOW)).toEqual({
      removedEntries: 0,
      keptEntries: 0,
    });
    expect(fs.existsSync(other)).toBe(true);
    expect(
      pruneContentCache(path.join(root, "missing"), [], new Set(), NOW),
    ).toEqual({ removedEntries: 0, keptEntries: 0 });
  });

  it("after a full read keeps every entry that read used, and drops the rest", () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), "cache-prune-content-"));
    try {
      fs.writeFileSync(
        path.join(content, "one.md"),
        "---\ntitle: One\ndate: 2024-03-01\nsummary: A summary.\nauthor: Desk\ntags: [Busan]\n---\n\nBody.\n",
      );
      const first = new ParseCache(new BodyCache(root));
      readContentLibrary(content, content, first);
      const written = fs.readdirSync(root);
      const stale = entry(written[0] ?? "", "ff99", 30);
      const oldVersion = entry("parsed-0ld", "aa01", 0);
      // A later full read that hits the parsed entry and never opens the body entry.
      const later = new ParseCache(new BodyCache(root));
      readContentLibrary(content, content, later);
      // Kept: the parsed entry, the body and its search words.
      expect(later.pruneDisk()).toEqual({ removedEntries: 2, keptEntries: 3 });
      expect([stale, oldVersion].some((file) => fs.existsSync(file))).toBe(false);
      const body = readContentLibrary(content, content, new ParseCache(new BodyCache(root, { analyze: () => { throw new Error("analysed again"); } })));
      expect(body.articles[0]?.body.markdown()).toBe("\nBody.\n");
    } finally {
      fs.rmSync(content, { recursive: true, force: true });
    }
  });
});
