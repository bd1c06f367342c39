import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { generateArticles } from "../../../scripts/bench/generate-articles";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-feed-limit-"));
  generateArticles(dir, 60);
  vi.stubEnv("CONTENT_DIR", dir);
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("getFeedArticles on a 60-article archive", () => {
  it("hands the feeds the newest 50, newest first", async () => {
    const { getSiteIndex } = await import("@/lib/reading/site-index");
    const { getFeedArticles } = await import("@/lib/seo/feeds");
    const all = getSiteIndex().articles;
    expect(all).toHaveLength(60);
    const items = getFeedArticles();
    expect(items).toHaveLength(50);
    expect(items.map((item) => item.article.slug)).toEqual(
      all.slice(0, 50).map((article) => article.slug),
    );
    expect(items[0]?.html).toContain("<p>");
  });
});
