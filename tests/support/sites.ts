// Builds and serves the site over a given content folder, each build in its own
// dist folder so the real content and fixtures can be served side by side.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { generateArticles } from "../../scripts/bench/generate-articles";
import { freePort, waitForUrl } from "../../scripts/bench/servers";
import { writePagedContent } from "./paged-fixture";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

export interface SiteDefinition {
  readonly contentDir: string;
  readonly env?: Readonly<Record<string, string>>;
  /** Seen by `next build` only: what a build must bake in without the server's help. */
  readonly buildEnv?: Readonly<Record<string, string>>;
  /** Writes the content folder before the build, for generated fixtures. */
  readonly generate?: (contentDir: string) => void;
}

/** Every site the end-to-end tests serve. Add one here to get it built and started. */
export const SITES = {
  real: { contentDir: "content" },
  fixture: { contentDir: "tests/fixtures/site" },
  staging: {
    contentDir: "tests/fixtures/site",
    env: { SITE_ENV: "staging" },
    // Served without SITE_URL: every page must keep the origin it was built with.
    buildEnv: { SITE_URL: "https://staging.example.org/" },
  },
  // A published article with a lead image, a draft and a future-dated one.
  drafts: { contentDir: "tests/fixtures/drafts" },
  // 45 generated articles for pagination, the timeline order and accents.
  paged: {
    contentDir: ".next-test/paged-content",
    generate: writePagedContent,
  },
  // A 200-article archive for the size budgets (tests/e2e/budgets.test.ts).
  archive: {
    contentDir: ".next-test/archive-content",
    generate: (contentDir: string) => generateArticles(contentDir, 200),
  },
} as const satisfies Record<string, SiteDefinition>;

export type SiteName = keyof typeof SITES;

export function siteEnv(name: string, site: SiteDefinition): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: `.next-test/${name}`,
    CONTENT_DIR: path.join(ROOT, site.contentDir),
    ...site.env,
  };
}

export function buildSite(name: string, site: SiteDefinition): void {
  site.generate?.(path.join(ROOT, site.contentDir));
  const result = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: { ...siteEnv(name, site), ...site.buildEnv },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(
      `next build for the "${name}" site failed:\n${result.stdout}\n${result.stderr}`,
    );
  }
}

export interface RunningSite {
  readonly url: string;
  readonly process: ChildProcess;
}

export async function startSite(
  name: string,
  site: SiteDefinition,
): Promise<RunningSite> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: ROOT,
      env: siteEnv(name, site),
      stdio: "ignore",
    },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForUrl(url, child);
  return { url, process: child };
}
