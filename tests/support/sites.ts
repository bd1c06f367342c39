// The sites the end-to-end and browser tests serve: each a content folder (and
// env) built into its own dist folder, then served through `npm run serve`'s
// entry. To add one, add an entry to SITES; global-setup.ts builds and starts it.
import { spawn } from "node:child_process";
import path from "node:path";
import { generateArticles } from "../../scripts/support/generate-articles";
import {
  ROOT,
  startServer,
  type RunningServer,
} from "../../scripts/support/site-server";
import { writePagedContent } from "./paged-fixture";

export { ROOT };
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
  // 45 generated articles for pagination, the timeline order and accents, and
  // the drafts fixture: a published article with a lead image, a draft and a
  // future-dated one (one build for both: tests/support/paged-fixture.ts).
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

export async function buildSite(
  name: string,
  site: SiteDefinition,
): Promise<void> {
  site.generate?.(path.join(ROOT, site.contentDir));
  const child = spawn(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: { ...siteEnv(name, site), ...site.buildEnv },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) =>
    child.once("close", resolve),
  );
  if (code !== 0)
    throw new Error(`next build for the "${name}" site failed:\n${output}`);
}

export type RunningSite = RunningServer;

export function startSite(
  name: string,
  site: SiteDefinition,
): Promise<RunningSite> {
  return startServer(ROOT, siteEnv(name, site));
}
