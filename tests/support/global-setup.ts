import type { TestProject } from "vitest/node";
import { ensureChromium } from "./chromium";
import { SITES, buildSite, startSite, type RunningSite } from "./sites";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrls: Record<string, string>;
  }
}

export default async function setup(project: TestProject) {
  ensureChromium();
  const running: RunningSite[] = [];
  const siteUrls: Record<string, string> = {};
  try {
    for (const [name, site] of Object.entries(SITES)) {
      buildSite(name, site);
      const started = await startSite(name, site);
      running.push(started);
      siteUrls[name] = started.url;
    }
  } catch (error) {
    for (const site of running) site.process.kill();
    throw error;
  }
  project.provide("siteUrls", siteUrls);
  return () => {
    for (const site of running) site.process.kill();
  };
}
