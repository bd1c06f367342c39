// Publishing on running servers, with no rebuild or restart. One server: a
// new, an edited, a deleted and a scheduled story each show everywhere within
// 60 s, and broken files dropped among them take nothing down. Two servers
// behind deploy/nginx.conf, each reading its own copy of the content as a
// deployment with two instances runs: a story published to both copies reaches
// readers through the cache from either one. Every server is served from the
// archive build over a copy of its content; every change is made at once, so
// the waits for revalidation and the cache overlap instead of adding up.
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { startNginx } from "../../scripts/support/nginx";
import { freePort, stopServer } from "../../scripts/support/site-server";
import { pollUntil, startLiveSite, type LiveSite } from "../support/live-site";
import { ROOT } from "../support/sites";

const LIMIT_MS = 60_000;
// Far enough ahead that the first test can see the story still unpublished.
const SCHEDULED_AHEAD_MS = 30_000;

function story(title: string, date: string, tags = "[Busan, Live Desk]") {
  return `---\ntitle: ${title}\ndate: "${date}"\nsummary: A story published while the server runs.\nauthor: Fixture Desk\ntags: ${tags}\n---\n\nThe word zqxlivebody marks this story for search.\n`;
}

const TWO_SERVERS_STORY = "/articles/two-servers-story";
// Two days ago: already published in any zone, and newer than every generated
// story, so it leads the home page.
const TWO_DAYS_AGO = new Date(Date.now() - 2 * 86_400_000)
  .toISOString()
  .slice(0, 10);
const TWO_SERVERS_TEXT = `---
title: Published to two servers zqxtwoservers
date: ${TWO_DAYS_AGO}
summary: A story copied to both servers' content while they run.
author: Fixture Desk
tags: [Busan]
---

Both copies of the content get this file.
`;

/** The archive's newest story: prerendered by the build and in the feeds. */
function newestFile(dir: string): string {
  const dated = fs
    .readdirSync(dir)
    .map((name) => ({
      name,
      date:
        /^date: (.*)$/m.exec(
          fs.readFileSync(path.join(dir, name), "utf8"),
        )?.[1] ?? "",
    }))
    .sort((a, b) => b.date.localeCompare(a.date));
  return dated[0]?.name ?? "";
}

function instant(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/\.\d+Z$/, "Z");
}

let site: LiveSite;
let pair: readonly LiveSite[] = [];
let nginx: ChildProcess | undefined;
let cacheUrl: string;
let scheduledAt: number;
let editedSlug: string;
let keptTitle: string;
const nginxPrefix = fs.mkdtempSync(
  path.join(os.tmpdir(), "two-servers-nginx-"),
);
const file = (name: string) => path.join(site.contentDir, name);
const contains = (text: string) => (status: number, body: string) =>
  status === 200 && body.includes(text);
const lacks = (text: string) => (status: number, body: string) =>
  status === 200 && !body.includes(text);
const poll = (pathname: string, isDone: Parameters<typeof pollUntil>[1]) =>
  pollUntil(`${site.url}${pathname}`, isDone, LIMIT_MS);

async function startCache(first: LiveSite, second: LiveSite): Promise<void> {
  const cachePort = await freePort();
  nginx = await startNginx(ROOT, nginxPrefix, nginxPrefix, {
    cachePort,
    upstreamPort: first.port,
    moreUpstreamPorts: [second.port],
    staticPort: await freePort(),
  });
  cacheUrl = `http://127.0.0.1:${cachePort}`;
}

/** Warms the pages the changes will touch, so what follows is revalidation. */
async function warm(): Promise<void> {
  // Search renders per request, so the server has read the content before it changes.
  for (const pathname of [
    "/search?q=busan",
    "/",
    "/feed.xml",
    "/sitemap.xml",
    "/tags/busan",
  ])
    expect((await fetch(`${site.url}${pathname}`)).status).toBe(200);
  // The home page is cached before the publish, as it would be in production.
  expect((await fetch(`${cacheUrl}/`)).status).toBe(200);
}

/** On the one server: an edit, a deletion, a new, a scheduled and two broken files. */
function changeOneServer(): void {
  const editedFile = newestFile(site.contentDir);
  editedSlug = editedFile.replace(/\.md$/, "");
  const edited = fs.readFileSync(file(editedFile), "utf8");
  fs.writeFileSync(
    file(editedFile),
    edited.replace(/^title: .*$/m, 'title: "Edited headline zqxedited"'),
  );
  fs.rmSync(file("synthetic-article-00002.md"));
  fs.writeFileSync(
    file("live-published-story.md"),
    story("Published live zqxpublished", instant(Date.now() - 60_000)),
  );
  scheduledAt = Date.now() + SCHEDULED_AHEAD_MS;
  fs.writeFileSync(
    file("live-scheduled-story.md"),
    story("Scheduled live zqxscheduled", instant(scheduledAt)),
  );
  // A new broken file, and a published one broken in place.
  fs.writeFileSync(
    file("live-broken-story.md"),
    story("Broken zqxbroken", "2024-02-31"),
  );
  const sound = fs.readFileSync(file("synthetic-article-00003.md"), "utf8");
  keptTitle = z
    .string()
    .parse(JSON.parse(/^title: (.*)$/m.exec(sound)?.[1] ?? "null"));
  fs.writeFileSync(
    file("synthetic-article-00003.md"),
    sound.replace(/^date: .*$/m, "date: 2024-02-31"),
  );
}

beforeAll(async () => {
  const [one, first, second] = await Promise.all([
    startLiveSite("archive", "live-content"),
    startLiveSite("archive", "two-servers-content-a"),
    startLiveSite("archive", "two-servers-content-b"),
  ]);
  if (!one || !first || !second) throw new Error("every server must start");
  site = one;
  pair = [first, second];
  await startCache(first, second);
  await warm();
  changeOneServer();
  for (const server of pair)
    fs.writeFileSync(
      path.join(server.contentDir, "two-servers-story.md"),
      TWO_SERVERS_TEXT,
    );
  // Three servers' first renders at once take minutes on a busy two-core machine.
}, 300_000);

afterAll(async () => {
  if (nginx) await stopServer(nginx);
  await Promise.all([site, ...pair].map((server) => server?.stop()));
  fs.rmSync(nginxPrefix, { recursive: true, force: true });
});

describe("publishing on a running server", () => {
  it("shows a new story on its page, the index, its tag, feeds, sitemap and search", async () => {
    const checks = await Promise.all([
      poll("/articles/live-published-story", contains("zqxpublished")),
      poll("/", contains("zqxpublished")),
      poll("/tags/live-desk", contains("zqxpublished")),
      poll("/feed.xml", contains("zqxpublished")),
      poll("/feed.json", contains("zqxpublished")),
      poll("/sitemap.xml", contains("/articles/live-published-story")),
      poll("/search?q=zqxlivebody", contains("zqxpublished")),
    ]);
    for (const { status, body } of checks) {
      expect(status).toBe(200);
      expect(body).toMatch(/zqxpublished|live-published-story/);
    }
    // The same read left the scheduled story out: its time has not come.
    expect(Date.now()).toBeLessThan(scheduledAt);
    const early = await fetch(`${site.url}/articles/live-scheduled-story`);
    expect(early.status).toBe(404);
  });

  it("shows an edit on the prerendered story's page, in the feed and in search", async () => {
    const page = await poll(`/articles/${editedSlug}`, contains("zqxedited"));
    expect(page.body).toContain("Edited headline zqxedited");
    const feed = await poll("/feed.json", contains("zqxedited"));
    const titles = z
      .object({ items: z.array(z.object({ title: z.string() })) })
      .parse(JSON.parse(feed.body))
      .items.map((item) => item.title);
    expect(titles).toContain("Edited headline zqxedited");
    const found = await poll("/search?q=zqxedited", contains(editedSlug));
    expect(found.body).toContain(`/articles/${editedSlug}`);
  });

  it("takes a deleted story off its page and the sitemap", async () => {
    const page = await poll(
      "/articles/synthetic-article-00002",
      (status) => status === 404,
    );
    expect(page.status).toBe(404);
    const sitemap = await poll(
      "/sitemap.xml",
      lacks("/articles/synthetic-article-00002<"),
    );
    expect(sitemap.body).not.toContain("/articles/synthetic-article-00002<");
  });

  it("publishes a scheduled story by itself within the limit of its time", async () => {
    const page = await poll(
      "/articles/live-scheduled-story",
      contains("zqxscheduled"),
    );
    expect(page.status).toBe(200);
    expect(Date.now() - scheduledAt).toBeLessThan(LIMIT_MS);
    expect((await poll("/", contains("zqxscheduled"))).body).toContain(
      "Scheduled live zqxscheduled",
    );
  });

  it("keeps every page serving around broken files and names them in the log", async () => {
    // The log is written when the server re-reads the folder with the broken files.
    expect(site.log()).toMatch(
      /synthetic-article-00003\.md:\d+: date: "2024-02-31" is not a calendar date/,
    );
    expect(site.log()).toMatch(/live-broken-story\.md:\d+: date:/);
    // Search is rendered per request, so it shows the index as it is now.
    const search = await fetch(
      `${site.url}/search?q=${encodeURIComponent(keptTitle)}`,
    );
    expect(await search.text()).toContain("/articles/synthetic-article-00003");
    expect(
      (await fetch(`${site.url}/articles/synthetic-article-00003`)).status,
    ).toBe(200);
    expect((await fetch(`${site.url}/articles/live-broken-story`)).status).toBe(
      404,
    );
    for (const pathname of [
      "/",
      "/tags",
      "/timeline",
      "/feed.xml",
      "/sitemap.xml",
    ])
      expect((await fetch(`${site.url}${pathname}`)).status, pathname).toBe(
        200,
      );
  });

  it("does not write a cache file for any unknown slug", async () => {
    for (let at = 0; at < 20; at += 1)
      expect(
        (await fetch(`${site.url}/articles/no-such-story-${at}`)).status,
      ).toBe(404);
    const cacheDir = path.resolve(".next-test/archive/server");
    const written = fs
      .readdirSync(cacheDir, { recursive: true, encoding: "utf8" })
      .filter((name) => name.includes("no-such-story"));
    expect(written).toEqual([]);
  });
});

describe("two servers behind nginx", () => {
  it("serves the new story from each server within 60 s, and through the cache", async () => {
    const published = contains("zqxtwoservers");
    const direct = await Promise.all(
      pair.map((server) =>
        pollUntil(`${server.url}${TWO_SERVERS_STORY}`, published),
      ),
    );
    for (const { status, body } of direct) {
      expect(status).toBe(200);
      expect(body).toContain("zqxtwoservers");
    }
    const story = await pollUntil(`${cacheUrl}${TWO_SERVERS_STORY}`, published);
    expect(story.body).toContain("zqxtwoservers");
    // The cached home page can be refetched stale once from each instance
    // (each has its own ISR cache) before a fresh copy: docs/deploy.md.
    const home = await pollUntil(`${cacheUrl}/`, published, 90_000);
    expect(home.body).toContain("zqxtwoservers");
    // Up to 60 s for the servers and the cached story, 90 s for the home page.
  }, 240_000);
});
