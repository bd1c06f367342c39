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

export default async function setup(project: TestProject) {
  ensureChromium();
  const queue = Object.entries(SITES);
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
