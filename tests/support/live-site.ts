// A production server over a copy of a built site's content, for tests that
// change content while it runs. It serves an existing build (no extra build):
// what a server shows comes from CONTENT_DIR, re-read as files change.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  SERVER_ENTRY,
  freePort,
  stopServer,
  waitForUrl,
} from "../../scripts/support/site-server";
import { ROOT, SITES, siteEnv, type SiteName } from "./sites";

export interface LiveSite {
  readonly url: string;
  readonly port: number;
  readonly contentDir: string;
  /** Everything the server wrote to stderr so far. */
  readonly log: () => string;
  readonly stop: () => Promise<void>;
}

export async function startLiveSite(
  build: SiteName,
  copyName: string,
): Promise<LiveSite> {
  const contentDir = path.join(ROOT, ".next-test", copyName);
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, SITES[build].contentDir), contentDir, {
    recursive: true,
  });
  const port = await freePort();
  // server.mjs, as `npm run serve` runs it; stderr kept for the content log.
  const child = spawn(process.execPath, [SERVER_ENTRY], {
    cwd: ROOT,
    env: {
      ...siteEnv(build, SITES[build]),
      CONTENT_DIR: contentDir,
      HOSTNAME: "127.0.0.1",
      PORT: String(port),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(url, child);
  return {
    url,
    port,
    contentDir,
    log: () => stderr,
    stop: () => stopServer(child),
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
