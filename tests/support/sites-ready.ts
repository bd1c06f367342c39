// The global setup builds and starts the test sites in the background, so the
// unit tests run meanwhile (Vitest runs every global setup before any test).
// It rewrites this file as each site comes up (or one fails), and each
// end-to-end file waits here for the sites it reads (wait-for-sites.ts), so a
// file that reads only `real` starts while the other sites still build.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ROOT } from "../../scripts/support/site-server";
import { SITE_TAG_PREFIX } from "./site-names.mts";

const READY_FILE = path.join(ROOT, ".next-test/sites-ready.json");
// Five builds two at a time took 9 minutes at load 10; leave room for worse.
export const WAIT_LIMIT_MS = 30 * 60_000;

const sitesReady = z.object({
  siteUrls: z.record(z.string(), z.string()),
  /** Sites still building. */
  pending: z.array(z.string()),
  failure: z.string().optional(),
});
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

function readState(): SitesReady | undefined {
  if (!fs.existsSync(READY_FILE)) return undefined;
  const state = sitesReady.parse(
    JSON.parse(fs.readFileSync(READY_FILE, "utf8")),
  );
  if (state.failure)
    throw new Error(`The test sites did not start:\n${state.failure}`);
  return state;
}

/** The running sites' addresses by name; throws the build's failure if one failed. */
export function readSiteUrls(): Record<string, string> {
  return readState()?.siteUrls ?? {};
}

/** Whether `names` are all up, or every site is when `names` is "all". */
function isReady(state: SitesReady, names: readonly string[] | "all") {
  if (names === "all") return state.pending.length === 0;
  const unknown = names.filter(
    (name) => !(name in state.siteUrls) && !state.pending.includes(name),
  );
  if (unknown.length > 0)
    throw new Error(
      `The global setup builds no site named ${unknown.join(", ")} (TEST_SITES leaves it out?)`,
    );
  return names.every((name) => name in state.siteUrls);
}

/** The sites a test file's tags name. */
export function sitesTagged(tags: readonly string[]): string[] {
  return tags
    .filter((tag) => tag.startsWith(SITE_TAG_PREFIX))
    .map((tag) => tag.slice(SITE_TAG_PREFIX.length));
}

export async function waitForSites(
  names: readonly string[] | "all",
): Promise<void> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    const state = readState();
    if (state && isReady(state, names)) return;
    if (Date.now() > deadline)
      throw new Error(
        `The test sites ${names === "all" ? "" : `${names.join(", ")} `}were not up after ${WAIT_LIMIT_MS / 60_000} minutes (${READY_FILE})`,
      );
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
