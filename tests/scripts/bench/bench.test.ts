import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readContentLibrary } from "@/lib/content/library";
import { generateArticles } from "../../../scripts/support/generate-articles";
import { parseStaticGeneration } from "../../../scripts/bench/next-build";
import { BENCH_RESULTS, marginalMs } from "../../../scripts/bench/report";
import { cpuMsFromStat } from "../../../scripts/bench/process-tree";
import { renderNginxConf } from "../../../scripts/support/nginx";
import {
  scriptTags,
  stylesheetHrefs,
} from "../../../scripts/support/page-weight";

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "bench-test-"));
}

describe("generateArticles", () => {
  it("writes valid, deterministic articles with 3 to 5 tags", () => {
    const first = tempDir();
    const second = tempDir();
    generateArticles(first, 12);
    generateArticles(second, 12);
    const { articles, problems } = readContentLibrary(first);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(12);
    for (const article of articles) {
      expect(article.tags.length).toBeGreaterThanOrEqual(3);
      expect(article.tags.length).toBeLessThanOrEqual(5);
      expect(article.wordCount).toBeGreaterThan(600);
      expect(article.body.markdown()).toMatch(/^## /m);
      expect(article.body.markdown()).toMatch(/^> /m);
    }
    const file = "synthetic-article-00007.md";
    expect(fs.readFileSync(path.join(first, file), "utf8")).toBe(
      fs.readFileSync(path.join(second, file), "utf8"),
    );
  });
});

describe("parseStaticGeneration", () => {
  it("reads Next's static-generation line in seconds or milliseconds", () => {
    expect(
      parseStaticGeneration(
        "✓ Generating static pages using 1 worker (1003/1003) in 29.7s\n",
      ),
    ).toEqual({ staticGenerationSeconds: 29.7, staticWorkers: 1, pages: 1003 });
    expect(
      parseStaticGeneration(
        "✓ Generating static pages using 2 workers (5/5) in 409ms",
      ).staticGenerationSeconds,
    ).toBeCloseTo(0.409);
    expect(
      parseStaticGeneration(
        "✓ Generating static pages using 1 worker (10003/10003) in 2.5min",
      ).staticGenerationSeconds,
    ).toBe(150);
    expect(parseStaticGeneration("no such line").pages).toBeNull();
  });
});

describe("page weight parsing", () => {
  it("finds script sources, marks nomodule ones, and finds stylesheets", () => {
    const html =
      '<link rel="stylesheet" href="/a.css"/><link rel="preload" href="/b.js"/>' +
      '<script src="/c.js" async=""></script><script src="/p.js" noModule=""></script>' +
      "<script>self.__next_f=[]</script>";
    expect(scriptTags(html)).toEqual([
      { src: "/c.js", noModule: false },
      { src: "/p.js", noModule: true },
    ]);
    expect(stylesheetHrefs(html)).toEqual(["/a.css"]);
  });
});

describe("renderNginxConf", () => {
  it("moves deploy/nginx.conf's ports and paths into a temp prefix and keeps the cache", () => {
    const template = fs.readFileSync("deploy/nginx.conf", "utf8");
    const conf = renderNginxConf(template, "/tmp/x", "/tmp/static", {
      cachePort: 4001,
      upstreamPort: 4002,
      staticPort: 4003,
    });
    expect(conf).toContain("listen 127.0.0.1:4001;");
    expect(conf).toContain("server 127.0.0.1:4002;");
    expect(conf).toContain("listen 127.0.0.1:4003;");
    expect(conf).toContain("proxy_cache_path /tmp/x/cache ");
    expect(conf).toContain("proxy_cache busan_ledger;");
    expect(conf).not.toMatch(/\/var\/|\/run\//);
  });
});

describe("marginalMs", () => {
  const build = (wallSeconds: number | null) => ({
    wallSeconds: wallSeconds ?? 0,
    peakRssMb: 900,
    staticGenerationSeconds: wallSeconds,
    staticWorkers: 1,
    pages: 10,
  });

  it("gives the build cost per extra article between consecutive sizes", () => {
    const sizes = [
      { articles: 100, build: build(10) },
      { articles: 1000, build: build(19) },
      { articles: 10000, build: build(109) },
    ];
    expect(marginalMs(sizes, (b) => b.staticGenerationSeconds)).toEqual([
      null,
      "10.00",
      "10.00",
    ]);
  });

  it("leaves a size out when either build lacks the figure", () => {
    const sizes = [
      { articles: 100, build: build(10) },
      { articles: 1000, build: build(null) },
      { articles: 10000, build: build(109) },
    ];
    expect(marginalMs(sizes, (b) => b.staticGenerationSeconds)).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("BENCH_RESULTS", () => {
  // Loose: only what the test reads is checked here; the rest is BENCH_RESULTS's job.
  const saved = z
    .looseObject({ sizes: z.array(z.looseObject({ articles: z.number() })) })
    .parse(
      JSON.parse(
        fs.readFileSync(path.join(process.cwd(), "bench/results.json"), "utf8"),
      ),
    );

  it("reads the results file the last bench run wrote, every size kept", () => {
    expect(saved.sizes.length).toBeGreaterThan(0);
    const read = BENCH_RESULTS.parse(saved);
    expect(read.sizes.map((size) => size.articles)).toEqual(
      saved.sizes.map((size) => size.articles),
    );
  });

  it("refuses a file of another format or with a figure missing, so no size is carried over", () => {
    expect(BENCH_RESULTS.safeParse({ ...saved, format: 1 }).success).toBe(
      false,
    );
    const [first] = BENCH_RESULTS.parse(saved).sizes;
    const withoutBuild = { ...first, build: undefined };
    expect(
      BENCH_RESULTS.safeParse({ ...saved, sizes: [withoutBuild] }).success,
    ).toBe(false);
  });
});

describe("cpuMsFromStat", () => {
  it("adds user and system ticks (fields 14 and 15) at 10 ms each", () => {
    // A command name with a space and a ")" must not shift the fields.
    const stat =
      "4242 (next-server (v1 6)) S 1 4242 4242 0 -1 4194560 5000 0 0 0 731 96 0 0 20 0 11 0 900 1302416 95661 18446744073709551615";
    expect(cpuMsFromStat(stat)).toBe(8270);
  });

  it("adds the reaped children's ticks (fields 16 and 17) when asked", () => {
    const stat =
      "4242 (chromium) S 1 4242 4242 0 -1 4194560 5000 0 0 0 731 96 40 3 20 0 11 0 900 1302416 95661 18446744073709551615";
    expect(cpuMsFromStat(stat)).toBe(8270);
    expect(cpuMsFromStat(stat, true)).toBe(8700);
  });

  it("names the line it cannot read", () => {
    expect(() => cpuMsFromStat("4242 (node) S 1")).toThrow(
      'no CPU times in "4242 (node) S 1"',
    );
  });
});
