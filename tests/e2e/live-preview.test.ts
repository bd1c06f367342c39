// `npm run dev` is the editors' preview: it must show drafts with a banner,
// pick up edits, new files and deletions under content/ on the next load, and
// survive a broken file: left out, its problems shown, every other page served.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../support/fixtures";
import { freePort } from "../../scripts/support/site-server";
import { NEXT_BIN, ROOT } from "../support/sites";

const STARTUP_LIMIT_MS = 120_000;

let contentDir: string;
let server: ChildProcess;
let baseUrl: string;

async function load(
  pathname: string,
): Promise<{ status: number; html: string }> {
  const response = await fetch(`${baseUrl}${pathname}`);
  const html = (await response.text()).replaceAll("<!-- -->", "");
  return { status: response.status, html };
}

async function waitForFirstPage(): Promise<void> {
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`next dev exited with ${server.exitCode}`);
    try {
      if ((await load("/")).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next dev did not serve / within ${STARTUP_LIMIT_MS} ms`);
}

/** Loads a page until it answers 200, at most `reloads` times, half a second apart. */
async function loadWithinReloads(
  pathname: string,
  reloads: number,
): Promise<{ status: number; html: string }> {
  let page = await load(pathname);
  for (let reload = 1; reload < reloads && page.status !== 200; reload += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    page = await load(pathname);
  }
  return page;
}

function writeArticle(name: string, text: string): void {
  fs.writeFileSync(path.join(contentDir, name), text);
}

beforeAll(async () => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "busan-preview-"));
  fs.cpSync(path.join(FIXTURES, "drafts"), contentDir, { recursive: true });
  fs.copyFileSync(
    path.join(FIXTURES, "invalid", "misspelt-author.md"),
    path.join(contentDir, "misspelt-author.md"),
  );
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn(
    process.execPath,
    [NEXT_BIN, "dev", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "development",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: ".next-test/dev-preview",
        CONTENT_DIR: contentDir,
      },
      stdio: "ignore",
      detached: true,
    },
  );
  await waitForFirstPage();
}, STARTUP_LIMIT_MS + 10_000);

afterAll(() => {
  // next dev starts a worker of its own: end the whole process group this test started.
  if (server.pid !== undefined && server.exitCode === null)
    process.kill(-server.pid, "SIGTERM");
  fs.rmSync(contentDir, { recursive: true, force: true });
});

const NOTICE =
  '<p class="problems-notice" role="status"><a href="/newsroom">1 file has problems</a> and is left out of this preview.</p>';

describe("the preview (next dev) with a broken file", () => {
  it.each([
    "/",
    "/tags",
    "/timeline",
    "/search?q=busan",
    "/articles/draft-story",
    "/articles/published-with-image",
  ])(
    "serves %s with 200 and the notice linking to the newsroom",
    async (pathname) => {
      const { status, html } = await load(pathname);
      expect(status).toBe(200);
      expect(html).toContain(NOTICE);
    },
  );

  it("shows the broken file's problems at its own address, not a stack trace", async () => {
    const { html } = await load("/articles/misspelt-author");
    expect(html).toContain("This article has problems");
    expect(html).toContain(
      "misspelt-author.md:5: autor: is not a known field; did you mean `author`? (rename it author)",
    );
    expect(html).toContain(
      "misspelt-author.md:9: publisher: is not a known field (check the spelling;",
    );
    expect(html).not.toContain("ContentError");
  });

  it("lists every file with its state in /newsroom, problems first", async () => {
    const { status, html } = await load("/newsroom");
    expect(status).toBe(200);
    const states = [
      ...html.matchAll(/<p class="newsroom-state [a-z]+">([^<]+)<\/p>/g),
    ].map((match) => match[1]);
    expect(states).toEqual([
      "Has problems",
      "Scheduled for 1 January 2099, 00:00 in Seoul",
      "Draft",
      "Published",
    ]);
    expect(html).toContain('href="/articles/misspelt-author"');
    expect(html).toContain(
      "misspelt-author.md:8: source.nme: is not a known field",
    );
    expect(html).not.toMatch(/<script[^>]+src="[^"]*newsroom/);
  });

  it("shows the fixed file on the next reload, and drops the notice", async () => {
    writeArticle(
      "misspelt-author.md",
      fs
        .readFileSync(path.join(contentDir, "misspelt-author.md"), "utf8")
        .replace("autor:", "author:")
        .replace("  nme:", "  name:")
        .replace("publisher: Busan Ledger\n", ""),
    );
    const { status, html } = await load("/articles/misspelt-author");
    expect(status).toBe(200);
    expect(html).toContain("<h1");
    expect(html).toContain("Misspelt byline");
    expect(html).not.toContain("problems-notice");
  });
});

describe("the preview (next dev)", () => {
  it("lists drafts and scheduled articles with a label", async () => {
    const { html } = await load("/");
    expect(html).toContain("Unfinished draft story");
    expect(html).toContain("Story scheduled for the far future");
    expect(html).toMatch(/<p class="publication-label draft">Draft<\/p>/);
    expect(html).toContain("Scheduled for 1 January 2099");
  });

  it("shows a draft's page with a banner saying it is not published", async () => {
    const { status, html } = await load("/articles/draft-story");
    expect(status).toBe(200);
    expect(html).toMatch(
      /<p class="publication-banner draft" role="note"><strong>Draft<\/strong> — not published\./,
    );
  });

  it("shows an edit on the next load", async () => {
    const file = path.join(contentDir, "published-with-image.md");
    writeArticle(
      "published-with-image.md",
      fs
        .readFileSync(file, "utf8")
        .replace("The only published story here.", "Freshly edited paragraph."),
    );
    const { html } = await load("/articles/published-with-image");
    expect(html).toContain("Freshly edited paragraph.");
  });

  it("lists a new file on the next load and serves its page", async () => {
    writeArticle(
      "added-while-running.md",
      "---\ntitle: Added while the preview runs\ndate: 2024-03-03\nsummary: New.\nauthor: Fixture Desk\ntags: [Busan]\n---\n\nNew body.\n",
    );
    expect((await load("/")).html).toContain("Added while the preview runs");
    // Next.js serves its cached list of article URLs and refreshes it in the
    // background, so a brand-new file's own page can answer 404 until that
    // refresh lands (docs/editing.md tells editors to reload once).
    const page = await loadWithinReloads("/articles/added-while-running", 20);
    expect(page.status).toBe(200);
    expect(page.html).toContain("New body.");
  });

  it("drops a deleted file on the next load", async () => {
    fs.rmSync(path.join(contentDir, "draft-story.md"));
    expect((await load("/")).html).not.toContain("Unfinished draft story");
    expect((await load("/articles/draft-story")).status).toBe(404);
  });
});
