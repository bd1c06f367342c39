// @module-tag site/archive
// Two production servers behind deploy/nginx.conf, each reading its own copy of
// the content, as a deployment with two instances runs: after a story is
// published to both copies, readers get it through the cache from either one
// within a minute, with no rebuild, restart or purge.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNginx } from "../../scripts/support/nginx";
import { freePort, stopServer } from "../../scripts/support/site-server";
import { ROOT } from "../support/sites";
import { pollUntil, startLiveSite, type LiveSite } from "../support/live-site";

const STORY = "/articles/two-servers-story";
// The CDN window, shortened from production's 20 s so this file waits seconds,
// not half a minute: the path through the cache is the same. The 20 s default
// is pinned by tests/lib/server/http-headers.test.ts and served by every other
// site (tests/e2e/headers.test.ts).
const CDN_CACHE_SECONDS = "4";
// Two days ago: already published in any zone, and newer than every generated
// story, so it leads the home page.
const TWO_DAYS_AGO = new Date(Date.now() - 2 * 86_400_000)
  .toISOString()
  .slice(0, 10);
const TEXT = `---
title: Published to two servers zqxtwoservers
date: ${TWO_DAYS_AGO}
summary: A story copied to both servers' content while they run.
author: Fixture Desk
tags: [Busan]
---

Both copies of the content get this file.
`;

describe("two servers behind nginx", () => {
  let servers: LiveSite[] = [];
  let nginx: ChildProcess | undefined;
  let cacheUrl: string;
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "two-servers-nginx-"));

  beforeAll(async () => {
    servers = await Promise.all(
      ["two-servers-content-a", "two-servers-content-b"].map((copy) =>
        startLiveSite("archive", copy, { CDN_CACHE_SECONDS }),
      ),
    );
    const [first, second] = servers;
    if (!first || !second) throw new Error("both servers must start");
    const cachePort = await freePort();
    nginx = await startNginx(ROOT, prefix, prefix, {
      cachePort,
      upstreamPort: first.port,
      moreUpstreamPorts: [second.port],
      staticPort: await freePort(),
    });
    cacheUrl = `http://127.0.0.1:${cachePort}`;
    // The home page is cached before the publish, as it would be in production.
    const home = await fetch(`${cacheUrl}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("cache-control")).toContain(
      `s-maxage=${CDN_CACHE_SECONDS},`,
    );
    for (const server of servers)
      fs.writeFileSync(
        path.join(server.contentDir, "two-servers-story.md"),
        TEXT,
      );
  });

  afterAll(async () => {
    if (nginx) await stopServer(nginx);
    for (const server of servers) await server.stop();
    fs.rmSync(prefix, { recursive: true, force: true });
  });

  it("serves the new story from each server within 60 s, and through the cache", async () => {
    const published = (status: number, body: string) =>
      status === 200 && body.includes("zqxtwoservers");
    for (const server of servers) {
      const direct = await pollUntil(`${server.url}${STORY}`, published);
      expect(direct.status).toBe(200);
      expect(direct.body).toContain("zqxtwoservers");
    }
    const story = await pollUntil(`${cacheUrl}${STORY}`, published);
    expect(story.body).toContain("zqxtwoservers");
    // The cached home page can be refetched stale once from each instance
    // (each has its own ISR cache) before a fresh copy: docs/deploy.md.
    const home = await pollUntil(`${cacheUrl}/`, published, 90_000);
    expect(home.body).toContain("zqxtwoservers");
    // Each poll gives up after 60–90 s; four in a row need more than the default.
  }, 240_000);
});
