// The global setup builds and starts the test sites in the background, so the
// unit tests run meanwhile (Vitest runs every global setup before any test).
// It writes this file once every site is up, or one failed; each end-to-end
// file waits for it first (wait-for-sites.ts) and reads the sites' addresses here.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ROOT } from "../../scripts/support/site-server";

const READY_FILE = path.join(ROOT, ".next-test/sites-ready.json");
// Five builds two at a time took 9 minutes at load 10; leave room for worse.
const WAIT_LIMIT_MS = 30 * 60_000;

const sitesReady = z.union([
  z.object({ siteUrls: z.record(z.string(), z.string()) }),
  z.object({ failure: z.string() }),
]);
type SitesReady = z.infer<typeof sitesReady>;

export function clearSitesReady(): void {
  fs.rmSync(READY_FILE, { force: true });
}

export function writeSitesReady(state: SitesReady): void {
  fs.mkdirSync(path.dirname(READY_FILE), { recursive: true });
  // Written whole, then renamed: a reader never sees half a file.
  fs.writeFileSync(`${READY_FILE}.tmp`, JSON.stringify(state));
  fs.renameSync(`${READY_FILE}.tmp`, READY_FILE);
}

/** The running sites' addresses by name; throws the build's failure if one failed. */
export function readSiteUrls(): Record<string, string> {
  const state = sitesReady.parse(
    JSON.parse(fs.readFileSync(READY_FILE, "utf8")),
  );
  if ("failure" in state)
    throw new Error(`The test sites did not start:\n${state.failure}`);
  return state.siteUrls;
}

export async function waitForSites(): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  while (!fs.existsSync(READY_FILE)) {
    if (Date.now() > deadline)
      throw new Error(
        `The test sites were not up after ${WAIT_LIMIT_MS / 60_000} minutes (${READY_FILE} missing)`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  readSiteUrls();
}
