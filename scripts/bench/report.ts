// The benchmark's figures as Markdown tables (printed, and pasted into BENCHMARKS.md).
import { z } from "zod";
import type { LighthouseResult } from "./lighthouse";
import type { UrlLoadResult } from "../support/load";
import { SITE_MEASUREMENTS, type ServeResult } from "./measure-site";
import { BUILD_RESULT, type BuildResult } from "./next-build";
import {
  PAGE_WEIGHT,
  type Bytes,
  type PageWeight,
} from "../support/page-weight";

const SIZE_RESULT = SITE_MEASUREMENTS.extend({
  articles: z.number(),
  measuredAt: z.string(),
  contentLayer: z
    .object({
      msPerArticle: z.number(),
      totalMs: z.number(),
      /** Reading again in another process, from the body cache the first read filled. */
      warmReadMsPerArticle: z.number().optional(),
    })
    .readonly(),
  build: BUILD_RESULT,
}).readonly();
export type SizeResult = z.infer<typeof SIZE_RESULT>;

/**
 * Raised whenever a result's shape changes, so a run never carries over sizes
 * an older bench wrote without fields the report reads.
 */
export const RESULTS_FORMAT = 2;

/** What bench/results.json holds; a file that does not match is not carried over. */
export const BENCH_RESULTS = z
  .object({
    format: z.literal(RESULTS_FORMAT),
    machine: z
      .object({
        cpus: z.number(),
        cpuModel: z.string(),
        memoryGb: z.number(),
        node: z.string(),
        next: z.string(),
        react: z.string(),
        loadAverageAtStart: z.array(z.number()).readonly(),
      })
      .readonly(),
    floor: z
      .object({ build: BUILD_RESULT, page: PAGE_WEIGHT.nullable() })
      .readonly(),
    sizes: z.array(SIZE_RESULT).readonly(),
  })
  .readonly();
export type BenchResults = z.infer<typeof BENCH_RESULTS>;

const NA = "n/a";

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}

function rawGzip(bytes: Bytes): string {
  return `${kb(bytes.raw)} / ${kb(bytes.gzip)}`;
}

function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join(
    "\n",
  );
}

/** Build cost per extra article between consecutive sizes, in ms. */
export function marginalMs(
  sizes: readonly Pick<SizeResult, "articles" | "build">[],
  seconds: (build: BuildResult) => number | null,
): (string | null)[] {
  return sizes.map((size, index) => {
    const previous = sizes[index - 1];
    if (!previous) return null;
    const now = seconds(size.build);
    const before = seconds(previous.build);
    if (now === null || before === null) return null;
    return (
      ((now - before) * 1000) /
      (size.articles - previous.articles)
    ).toFixed(2);
  });
}

function buildTable(results: BenchResults): string {
  const wall = marginalMs(results.sizes, (build) => build.wallSeconds);
  const generation = marginalMs(
    results.sizes,
    (build) => build.staticGenerationSeconds,
  );
  const rows = results.sizes.map((size, index) => {
    const { build } = size;
    const perPage =
      build.staticGenerationSeconds !== null && build.pages
        ? ((build.staticGenerationSeconds * 1000) / build.pages).toFixed(2)
        : NA;
    return [
      String(size.articles),
      build.wallSeconds.toFixed(1),
      wall[index] ?? "–",
      build.staticGenerationSeconds?.toFixed(1) ?? NA,
      perPage,
      generation[index] ?? "–",
      String(build.staticWorkers ?? NA),
      String(build.peakRssMb),
      size.contentLayer.msPerArticle.toFixed(3),
      size.contentLayer.warmReadMsPerArticle?.toFixed(3) ?? NA,
    ];
  });
  const floor = results.floor.build;
  rows.push([
    "floor app",
    floor.wallSeconds.toFixed(1),
    "–",
    floor.staticGenerationSeconds?.toFixed(1) ?? NA,
    "–",
    "–",
    String(floor.staticWorkers ?? NA),
    String(floor.peakRssMb),
    "–",
    "–",
  ]);
  return table(
    [
      "Articles",
      "Build wall (s)",
      "Marginal wall ms/article",
      "Static generation (s)",
      "Static gen ms/page",
      "Marginal static gen ms/article",
      "Workers",
      "Peak RSS, tree (MB)",
      "Content layer ms/article",
      "Cached read ms/article",
    ],
    rows,
  );
}

function pageRow(
  label: string,
  page: PageWeight | null,
  floor: PageWeight | null,
): string[] {
  if (!page) return [label, NA, NA, NA, NA, NA, NA];
  const overFloor = floor
    ? `${kb(page.jsModern.gzip - floor.jsModern.gzip)}`
    : NA;
  return [
    label,
    rawGzip(page.html),
    String(page.scripts),
    rawGzip(page.js),
    kb(page.jsModern.gzip),
    overFloor,
    kb(page.cssGzip),
  ];
}

function pagesTable(results: BenchResults): string {
  const floor = results.floor.page;
  const rows = results.sizes.flatMap((size) =>
    (
      [
        "index",
        "article",
        "tag",
        "search",
      ] satisfies (keyof SizeResult["pages"])[]
    ).map((name) =>
      pageRow(
        `${size.articles}: ${name}${size.pages[name] ? ` (${size.pages[name].path})` : ""}`,
        size.pages[name],
        floor,
      ),
    ),
  );
  rows.push(pageRow("floor app: /", floor, floor));
  return table(
    [
      "Page",
      "HTML KB raw / gzip",
      "Scripts",
      "JS KB raw / gzip",
      "JS KB gzip, modern (no nomodule)",
      "Modern JS over floor, KB gzip",
      "CSS KB gzip",
    ],
    rows,
  );
}

function load(result: UrlLoadResult): string {
  const failures = result.errors + result.non2xx;
  return `${result.requestsPerSecond} / ${result.p99Ms}${failures ? ` (${failures} failed)` : ""}`;
}

function ratio(a: UrlLoadResult, b: UrlLoadResult): string {
  return `${((a.requestsPerSecond / b.requestsPerSecond) * 100).toFixed(0)}%`;
}

function serveRow(label: string, serve: ServeResult): string[] {
  return [
    label,
    load(serve.next),
    load(serve.staticFile),
    load(serve.nginxCache),
    ratio(serve.next, serve.staticFile),
    ratio(serve.nginxCache, serve.staticFile),
    serve.cacheStatus ?? NA,
  ];
}

function serveTable(results: BenchResults): string {
  const rows = results.sizes.flatMap((size) =>
    Object.entries(size.serve ?? {}).map(([name, serve]) =>
      serveRow(`${size.articles}: ${name}`, serve),
    ),
  );
  if (rows.length === 0) return "(serving not measured: --skip-serve)";
  return table(
    [
      "Page",
      "next start req/s / p99 ms",
      "nginx static file req/s / p99 ms",
      "nginx proxy_cache req/s / p99 ms",
      "next / static",
      "cache / static",
      "Cache status",
    ],
    rows,
  );
}

function lighthouseRow(label: string, result: LighthouseResult): string[] {
  const score = (value: number | null) => (value === null ? NA : String(value));
  if (result.error)
    return [label, `failed: ${result.error}`, NA, NA, NA, NA, NA, NA, NA, NA];
  return [
    label,
    score(result.performance),
    score(result.accessibility),
    score(result.bestPractices),
    score(result.seo),
    result.lcpMs === null ? NA : (result.lcpMs / 1000).toFixed(2),
    result.cls === null ? NA : result.cls.toFixed(3),
    score(result.tbtMs),
    result.lcpElement === null ? NA : `\`${result.lcpElement}\``,
    `${result.runs} (load ${result.loadAverages.map((load) => load.toFixed(1)).join(", ")})`,
  ];
}

function lighthouseTable(results: BenchResults): string {
  const rows = results.sizes.flatMap((size) =>
    Object.entries(size.lighthouse ?? {}).map(([name, result]) =>
      lighthouseRow(`${size.articles}: ${name}`, result),
    ),
  );
  if (rows.length === 0) return "(Lighthouse not run: --skip-lighthouse)";
  return table(
    [
      "Page",
      "Performance",
      "Accessibility",
      "Best practices",
      "SEO",
      "LCP (s)",
      "CLS",
      "TBT (ms)",
      "LCP element",
      "Runs (load average)",
    ],
    rows,
  );
}

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  return [
    `Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}, Next.js ${machine.next}, React ${machine.react}; load average at start ${machine.loadAverageAtStart.join(", ")}`,
    "",
    "### Build",
    "",
    buildTable(results),
    "",
    "### Pages",
    "",
    pagesTable(results),
    "",
    "### Serving (autocannon, 50 connections, 10 s, 127.0.0.1)",
    "",
    serveTable(results),
    "",
    "### Lighthouse (mobile preset, median of 3 runs)",
    "",
    lighthouseTable(results),
    "",
  ].join("\n");
}
