import type { TestProject } from "vitest/node";
import { ensureChromium } from "./chromium";
import {
  SITES,
  buildSite,
  startSite,
  type RunningSite,
  type SiteDefinition,
} from "./sites";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrls: Record<string, string>;
  }
}

// Two `next build`s at a time (TEST_BUILDS to change): much of a build runs on
// one core, and each peaks around 1.2 GB of the machine's 24.
const CONCURRENT_BUILDS = Number(process.env.TEST_BUILDS ?? 2);

function log(message: string): void {
  process.stderr.write(`[sites] ${message}\n`);
}

async function buildAndStart(
  name: string,
  site: SiteDefinition,
): Promise<RunningSite> {
  const started = Date.now();
  log(`building ${name} (${site.contentDir}) …`);
  await buildSite(name, site);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const running = await startSite(name, site);
  log(`${name} built in ${seconds} s, serving on ${running.url}`);
  return running;
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

export default async function setup(project: TestProject) {
  ensureChromium();
  const queue = sitesToBuild();
  const running: RunningSite[] = [];
  const siteUrls: Record<string, string> = {};
  const started = Date.now();
  async function worker(): Promise<void> {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, site] = next;
      const server = await buildAndStart(name, site);
      running.push(server);
      siteUrls[name] = server.url;
    }
  }
  try {
    await Promise.all(Array.from({ length: CONCURRENT_BUILDS }, worker));
  } catch (error) {
    for (const server of running) server.child.kill();
    throw error;
  }
  log(`all sites up in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  project.provide("siteUrls", siteUrls);
  return () => {
    for (const server of running) server.child.kill();
  };
}
