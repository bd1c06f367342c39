import { ensureChromium } from "./chromium";
import {
  SITES,
  compileSharedSites,
  generateSite,
  hasBuild,
  startSite,
  type RunningSite,
  type SiteDefinition,
} from "./sites";
import { clearSitesReady, writeSitesReady } from "./sites-ready";

// Two builds at a time (TEST_BUILDS to change): much of a build runs on one
// core, and each peaks around 1.2 GB of the machine's 24.
const CONCURRENT_BUILDS = Number(process.env.TEST_BUILDS ?? 2);
// TEST_REUSE_SITES=1 serves the builds the last run left in .next-test, for a
// loop that changes only tests: the app and content must be as they were built.
const REUSE_BUILDS = process.env.TEST_REUSE_SITES === "1";

function log(message: string): void {
  process.stderr.write(`[sites] ${message}\n`);
}

async function timed(label: string, job: () => Promise<void>): Promise<void> {
  const started = Date.now();
  log(`${label} …`);
  await job();
  log(`${label}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Runs jobs at most `count` at a time, in the order they ask. */
function limitTo(count: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async function run(job: () => Promise<void>): Promise<void> {
    if (active < count) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      await job();
    } finally {
      // A waiting job takes over this slot; otherwise the slot frees up.
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}

/**
 * The sites to build: all of them, or the names in TEST_SITES (comma-separated)
 * when one runs a few e2e files, e.g. `TEST_SITES=archive npx vitest run
 * --project e2e tests/e2e/budgets.test.ts`. A test asking for a site left out
 * fails naming it.
 */
function sitesToBuild(): [string, SiteDefinition][] {
  const all = Object.entries(SITES);
  const wanted = process.env.TEST_SITES?.split(",").map((name) => name.trim());
  if (!wanted) return all;
  const unknown = wanted.filter((name) => !(name in SITES));
  if (unknown.length > 0)
    throw new Error(
      `TEST_SITES: no site named ${unknown.join(", ")} (the sites: ${Object.keys(SITES).join(", ")})`,
    );
  return all.filter(([name]) => wanted.includes(name));
}

function describeFailure(error: unknown): string {
  return error instanceof Error
    ? (error.stack ?? error.message)
    : String(error);
}

/**
 * Builds and starts `sites`, adding each server to `running` as it starts and
 * telling the waiting test files (sites-ready.ts) as each site comes up.
 */
async function buildAndStartAll(
  sites: [string, SiteDefinition][],
  running: RunningSite[],
): Promise<void> {
  const inTurn = limitTo(CONCURRENT_BUILDS);
  const reused = (name: string) => REUSE_BUILDS && hasBuild(name);
  const compiled = sites.some(([name]) => !reused(name))
    ? inTurn(() =>
        timed("compiling the code the sites share", compileSharedSites),
      )
    : Promise.resolve();
  const siteUrls: Record<string, string> = {};
  const pending = new Set(sites.map(([name]) => name));
  let failure: string | undefined;
  // Every write carries the first failure, so a site that comes up after
  // another failed cannot clear it for the files still waiting.
  const report = () =>
    writeSitesReady({ siteUrls, pending: [...pending], failure });
  report();

  async function buildAndStart(name: string, site: SiteDefinition) {
    const label = `${name} (${site.contentDir})`;
    if (reused(name)) {
      log(`reusing the last build of ${label}`);
    } else {
      await compiled;
      await inTurn(() =>
        timed(`generating ${label}`, () => generateSite(name, site)),
      );
    }
    const server = await startSite(name, site);
    running.push(server);
    siteUrls[name] = server.url;
    pending.delete(name);
    report();
    log(`${name} serving on ${server.url}`);
  }

  // The first failure is reported at once: files waiting for any site stop.
  const results = await Promise.allSettled(
    sites.map(([name, site]) =>
      buildAndStart(name, site).catch((error: unknown) => {
        const described = describeFailure(error);
        failure ??= described;
        log(`a site failed: ${described}`);
        report();
        throw error;
      }),
    ),
  );
  const rejected = results.find((result) => result.status === "rejected");
  if (rejected) throw rejected.reason;
}

/**
 * Starts the builds and returns at once: the unit tests run while the sites
 * build, and each end-to-end file waits for the sites it reads (sites-ready.ts).
 */
export default function setup() {
  ensureChromium();
  const sites = sitesToBuild();
  clearSitesReady();
  const running: RunningSite[] = [];
  const started = Date.now();
  const done = buildAndStartAll(sites, running).then(
    () => {
      log(`all sites up in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    },
    () => {
      for (const server of running) server.child.kill();
    },
  );
  return async () => {
    await done;
    for (const server of running) server.child.kill();
  };
}
