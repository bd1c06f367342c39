import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { articleText } from "../../support/articles";

const COUNT = 60;
let dir: string;

// Story i is dated i days after 2020-01-01; its slug scrambles that order
// (7 and 60 share no factor), so neither file order nor name order is date order.
function slugOf(i: number): string {
  return `story-${String((i * 7) % COUNT).padStart(2, "0")}`;
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-feed-limit-"));
  for (let i = 0; i < COUNT; i += 1) {
    const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    fs.writeFileSync(
      path.join(dir, `${slugOf(i)}.md`),
      articleText({ slug: slugOf(i), date, tags: ["Busan"] }),
    );
  }
  vi.stubEnv("CONTENT_DIR", dir);
});

afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("getFeedArticles on a 60-article archive", () => {
  it("hands the feeds the newest 50, newest first", async () => {
    // A fresh site index over this archive, not one an earlier file built.
    vi.resetModules();
    const { getFeedArticles } = await import("@/lib/seo/feeds");
    const items = getFeedArticles();
    const newestFifty = Array.from({ length: 50 }, (_, at) =>
      slugOf(COUNT - 1 - at),
    );
    expect(items.map((item) => item.article.slug)).toEqual(newestFifty);
    expect(items[0]?.html).toContain("<p>Body text.</p>");
  });
});
