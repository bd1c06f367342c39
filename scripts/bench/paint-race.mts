// `ROUNDS=4 tsx scripts/bench/paint-race.mts <page URL A> <page URL B> […]`:
// loads each page in turn, unthrottled, in a fresh Chromium context (as
// Lighthouse's observed load does), with a performance trace, and prints when
// the first contentful paint was presented and how many of the page's
// framework scripts (/_next/) had started running by then. Lighthouse's
// simulated LCP replays every script that ran before that paint over its
// phone link, so a page that loses this race scores an LCP of ~2 s however
// light it is (BENCHMARKS.md, "Lighthouse on a phone").
import type { Browser } from "playwright-core";
import { z } from "zod";
import { launchChromium } from "../support/chromium";
import { median } from "./stats";

const urls = process.argv.slice(2);
const rounds = Number(process.env.ROUNDS ?? 4);
if (urls.length === 0)
  throw new Error("usage: paint-race.mts <page URL> [<page URL>…]");

const TRACE_EVENT = z.object({
  name: z.string(),
  ts: z.number(),
  dur: z.number().optional(),
  pid: z.number(),
  tid: z.number(),
  args: z
    .object({
      data: z
        .object({
          documentLoaderURL: z.string().optional(),
          url: z.string().optional(),
        })
        .passthrough()
        .optional(),
    })
    .passthrough()
    .optional(),
});
type TraceEvent = z.infer<typeof TRACE_EVENT>;

interface Race {
  /** Milliseconds from the document's request to the first contentful paint. */
  readonly paintMs: number;
  /** The longest layout before the paint: text shaping and fonts in a fresh renderer. */
  readonly layoutMs: number;
  readonly scriptsBeforePaint: number;
  readonly scripts: number;
}

async function tracedLoad(
  browser: Browser,
  url: string,
): Promise<TraceEvent[]> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on("Tracing.dataCollected", ({ value }) => {
    for (const event of value) {
      const parsed = TRACE_EVENT.safeParse(event);
      if (parsed.success) events.push(parsed.data);
    }
  });
  const complete = new Promise((resolve) =>
    cdp.once("Tracing.tracingComplete", resolve),
  );
  await cdp.send("Tracing.start", {
    categories: "devtools.timeline,loading,blink.user_timing",
    transferMode: "ReportEvents",
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(500);
  await cdp.send("Tracing.end");
  await complete;
  await context.close();
  return events;
}

function race(events: TraceEvent[], url: string): Race {
  // Timed from the document's request: a navigation's own start event is
  // sometimes traced in the renderer it leaves, not the one that paints.
  const start = events.find(
    (event) =>
      event.name === "ResourceSendRequest" && event.args?.data?.url === url,
  );
  const paint = events.find(
    (event) =>
      event.name === "firstContentfulPaint" && start && event.ts >= start.ts,
  );
  if (!start || !paint) throw new Error(`no paint traced for ${url}`);
  const onPageThread = (event: TraceEvent) =>
    event.pid === paint.pid && event.tid === paint.tid && event.ts >= start.ts;
  const scripts = events.filter(
    (event) =>
      onPageThread(event) &&
      event.name === "EvaluateScript" &&
      (event.args?.data?.url ?? "").includes("/_next/"),
  );
  const layoutsBeforePaint = events.filter(
    (event) =>
      onPageThread(event) && event.name === "Layout" && event.ts < paint.ts,
  );
  return {
    paintMs: (paint.ts - start.ts) / 1000,
    layoutMs:
      Math.max(0, ...layoutsBeforePaint.map((event) => event.dur ?? 0)) / 1000,
    scriptsBeforePaint: scripts.filter((event) => event.ts < paint.ts).length,
    scripts: scripts.length,
  };
}

const browser = await launchChromium();
const races = new Map<string, Race[]>(urls.map((url) => [url, []]));
for (let round = 0; round < rounds; round++) {
  for (const url of urls) {
    const result = race(await tracedLoad(browser, url), url);
    races.get(url)?.push(result);
    console.log(
      `round ${round + 1} ${url}: paint ${result.paintMs.toFixed(0)} ms, longest layout before it ${result.layoutMs.toFixed(0)} ms, framework scripts run before it ${result.scriptsBeforePaint}/${result.scripts}`,
    );
  }
}
await browser.close();
for (const [url, results] of races) {
  const lost = results.filter((result) => result.scriptsBeforePaint > 0);
  console.log(
    `${url}: paint median ${median(results.map((result) => result.paintMs)).toFixed(0)} ms; scripts ran first in ${lost.length} of ${results.length} loads`,
  );
}
