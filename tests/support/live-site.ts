// A production server over a copy of a built site's content, for tests that
// change content while it runs. It serves an existing build (no extra build):
// what a server shows comes from CONTENT_DIR, re-read as files change.
import fs from "node:fs";
import path from "node:path";
import { spawnServer, stopServer } from "../../scripts/support/site-server";
import { ROOT, SITES, siteEnv, type SiteName } from "./sites";

export interface LiveSite {
  readonly url: string;
  readonly port: number;
  readonly contentDir: string;
  /** Everything the server wrote so far. */
  readonly log: () => string;
  readonly stop: () => Promise<void>;
}

/** `env` adds to the build's environment, e.g. a shorter CDN_CACHE_SECONDS. */
export async function startLiveSite(
  build: SiteName,
  copyName: string,
  env: Readonly<Record<string, string>> = {},
): Promise<LiveSite> {
  const contentDir = path.join(ROOT, ".next-test", copyName);
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, SITES[build].contentDir), contentDir, {
    recursive: true,
  });
  // server.mjs, as `npm run serve` runs it; its log kept for the content errors.
  const server = await spawnServer(ROOT, {
    ...siteEnv(build, SITES[build]),
    CONTENT_DIR: contentDir,
    ...env,
  });
  return {
    url: server.url,
    port: server.port,
    contentDir,
    log: server.output,
    stop: () => stopServer(server.child),
  };
}

/**
 * Fetches `url` every quarter second until `isDone` accepts the answer or
 * `limitMs` has passed, and returns the last answer for the caller to assert on.
 * Polling often costs little and ends the wait soon after a page regenerates.
 */
export async function pollUntil(
  url: string,
  isDone: (status: number, body: string) => boolean,
  limitMs = 60_000,
): Promise<{ status: number; body: string }> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const response = await fetch(url);
    const answer = { status: response.status, body: await response.text() };
    if (isDone(answer.status, answer.body) || Date.now() >= deadline)
      return answer;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
