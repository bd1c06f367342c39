// `ROUNDS=3 tsx scripts/bench/publish-cost.mts <project A> <project B> …`:
// what one publish costs a running server. Each project is a checkout with a
// build of a generated archive in BUILD_DIR (default .next) over CONTENT
// (default .next-test/archive-content, as `npm test` leaves it). For each, in
// turn each round: `npm run serve` over a copy of the content, the pages a
// publish touches asked for once, a new story dropped in, then those pages
// polled every 250 ms until each shows it. Prints the server's CPU seconds
// from the drop until the last page shows it, and when each page did.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnServer, stopServer } from "../support/site-server";
import { cpuMs } from "./process-tree";
import { median } from "./stats";

const projects = process.argv.slice(2).map((dir) => path.resolve(dir));
const rounds = Number(process.env.ROUNDS ?? 3);
const buildDir = process.env.BUILD_DIR ?? ".next";
const contentSource = process.env.CONTENT ?? ".next-test/archive-content";
if (projects.length === 0)
  throw new Error("usage: publish-cost.mts <project A> [<project B> …]");

const TOUCHED = [
  "/articles/bench-published-story",
  "/",
  "/tags/bench-desk",
  "/feed.xml",
  "/feed.json",
  "/sitemap.xml",
  "/search?q=zqxbenchbody",
];
const STORY = [
  "---",
  "title: Published by the bench zqxbenchstory",
  `date: "${new Date(Date.now() - 60_000).toISOString().replace(/\.\d+Z$/, "Z")}"`,
  "summary: A story the publish bench drops on a running server.",
  "author: Bench Desk",
  "tags: [Busan, Bench Desk]",
  "---",
  "",
  "The word zqxbenchbody marks this story for search.",
  "",
].join("\n");

const cpuSeconds = (pid: number) => cpuMs(pid) / 1000;

async function shows(url: string): Promise<boolean> {
  const response = await fetch(url);
  const body = await response.text();
  return (
    response.status === 200 &&
    (body.includes("zqxbenchstory") || body.includes("bench-published-story"))
  );
}

async function publishOnce(
  project: string,
): Promise<{ cpu: number; seen: number[] }> {
  const content = fs.mkdtempSync(path.join(os.tmpdir(), "publish-cost-"));
  fs.cpSync(path.join(project, contentSource), content, { recursive: true });
  const server = await spawnServer(project, {
    ...process.env,
    NODE_ENV: "production",
    NEXT_DIST_DIR: buildDir,
    CONTENT_DIR: content,
  });
  const pid = server.child.pid ?? 0;
  try {
    for (const pathname of TOUCHED) await fetch(`${server.url}${pathname}`);
    // Past the server's 2 s content check, so the drop is seen at once.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const cpuBefore = cpuSeconds(pid);
    const dropped = Date.now();
    fs.writeFileSync(path.join(content, "bench-published-story.md"), STORY);
    const seen = await Promise.all(
      TOUCHED.map(async (pathname) => {
        while (!(await shows(`${server.url}${pathname}`))) {
          if (Date.now() - dropped > 120_000)
            throw new Error(`${pathname} did not show the story in 120 s`);
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return (Date.now() - dropped) / 1000;
      }),
    );
    return { cpu: cpuSeconds(pid) - cpuBefore, seen };
  } finally {
    await stopServer(server.child);
    fs.rmSync(content, { recursive: true, force: true });
  }
}

const results = new Map<string, number[]>(projects.map((p) => [p, []]));
for (let round = 1; round <= rounds; round += 1) {
  for (const project of projects) {
    const { cpu, seen } = await publishOnce(project);
    results.get(project)?.push(cpu);
    console.log(
      `round ${round} ${project}: server ${cpu.toFixed(2)} CPU-s; shown after ${TOUCHED.map((p, i) => `${p} ${seen[i]?.toFixed(1)} s`).join(", ")} (load ${os.loadavg()[0]?.toFixed(1)})`,
    );
  }
}
for (const [project, cpus] of results)
  console.log(
    `${project}: median ${median(cpus).toFixed(2)} CPU-s per publish`,
  );
