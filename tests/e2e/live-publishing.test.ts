// @module-tag site/archive
// Publishing on a running server, with no rebuild or restart: a new, an edited,
// a deleted and a scheduled story each show everywhere within 60 s, and broken
// files dropped among them take nothing down. Served from the archive build
// over a copy of its content, which this file changes.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { pollUntil, startLiveSite, type LiveSite } from "../support/live-site";

const LIMIT_MS = 60_000;
// Far enough ahead that the server's first read of the changed folder (seen
// when the new story's page answers) still leaves the story out on a busy
// machine: a fresh-clone CI run at load 12 took more than 15 s to show the new
// story. The tests before the scheduled one take about as long, so the margin
// costs this file little waiting.
const SCHEDULED_AHEAD_MS = 30_000;

function story(title: string, date: string, tags = "[Busan, Live Desk]") {
  return `---\ntitle: ${title}\ndate: "${date}"\nsummary: A story published while the server runs.\nauthor: Fixture Desk\ntags: ${tags}\n---\n\nThe word zqxlivebody marks this story for search.\n`;
}

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

// A test's own limit sits above the polls' 60 s, so a change that never shows
// fails on the poll's answer (which page, what it served), not on a bare timeout.
describe(
  "publishing on a running server",
  { timeout: LIMIT_MS + 30_000 },
  () => {
    let site: LiveSite;
    let scheduledAt: number;
    let editedSlug: string;
    let keptTitle: string;
    const file = (name: string) => path.join(site.contentDir, name);
    const contains = (text: string) => (status: number, body: string) =>
      status === 200 && body.includes(text);
    const lacks = (text: string) => (status: number, body: string) =>
      status === 200 && !body.includes(text);
    const poll = (pathname: string, isDone: Parameters<typeof pollUntil>[1]) =>
      pollUntil(`${site.url}${pathname}`, isDone, LIMIT_MS);

    beforeAll(async () => {
      site = await startLiveSite("archive", "live-content");
      // Warm the pages the changes will touch, so what follows is revalidation;
      // search renders per request, so the server has read the content before it changes.
      const warmed = await Promise.all(
        [
          "/search?q=busan",
          "/",
          "/feed.xml",
          "/sitemap.xml",
          "/tags/busan",
        ].map(
          async (pathname) => (await fetch(`${site.url}${pathname}`)).status,
        ),
      );
      expect(warmed).toEqual([200, 200, 200, 200, 200]);
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
    });

    afterAll(async () => {
      await site?.stop();
    });

    it("shows a new story on its page, the index, its tag, feeds, sitemap and search", async () => {
      const page = await poll(
        "/articles/live-published-story",
        contains("zqxpublished"),
      );
      // The read that brought the new story in left the scheduled one out: its
      // time has not come.
      expect(Date.now()).toBeLessThan(scheduledAt);
      const early = await fetch(`${site.url}/articles/live-scheduled-story`);
      expect(early.status).toBe(404);
      const checks = await Promise.all([
        page,
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
      expect(await search.text()).toContain(
        "/articles/synthetic-article-00003",
      );
      expect(
        (await fetch(`${site.url}/articles/synthetic-article-00003`)).status,
      ).toBe(200);
      expect(
        (await fetch(`${site.url}/articles/live-broken-story`)).status,
      ).toBe(404);
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
      const statuses = await Promise.all(
        Array.from(
          { length: 20 },
          async (_, at) =>
            (await fetch(`${site.url}/articles/no-such-story-${at}`)).status,
        ),
      );
      expect(statuses).toEqual(Array.from({ length: 20 }, () => 404));
      const cacheDir = path.resolve(".next-test/archive/server");
      const written = fs
        .readdirSync(cacheDir, { recursive: true, encoding: "utf8" })
        .filter((name) => name.includes("no-such-story"));
      expect(written).toEqual([]);
    });
  },
);
