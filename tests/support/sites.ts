// The sites the end-to-end and browser tests serve: each a content folder (and
// env) built into its own dist folder, then served through `npm run serve`'s
// entry. To add one, add an entry to SITES; global-setup.ts builds and starts it.
import fs from "node:fs";
import path from "node:path";
import { generateArticles } from "../../scripts/support/generate-articles";
import {
  ROOT,
  startServer,
  type RunningServer,
} from "../../scripts/support/site-server";
import { writePagedContent } from "./paged-fixture";
import { runCommand } from "./run-command";
import type { SiteName } from "./site-names.mts";

export { ROOT };
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

/**
 * The public origin every test site is built with (SITE_URL, inlined when the
 * shared code compiles) and then served without: a page that read SITE_URL at
 * request time would write http://localhost:3000 instead.
 */
export const BUILT_ORIGIN = "https://busanledger.example";

export interface SiteDefinition {
  readonly contentDir: string;
  /** Seen by the site's page generation and its server, not by the compile. */
  readonly env?: Readonly<Record<string, string>>;
  /** Writes the content folder before the build, for generated fixtures. */
  readonly generate?: (contentDir: string) => void;
}

/**
 * Every site the end-to-end tests serve. Add one here to get it built and
 * started. Sites build in this order: the archive first, since the slowest
 * files (live-publishing, two-servers) read it and would otherwise start last;
 * staging last, as only three short files read it.
 */
export const SITES = {
  // A 200-article archive for the size budgets (tests/e2e/budgets.test.ts).
  archive: {
    contentDir: ".next-test/archive-content",
    generate: (contentDir: string) => generateArticles(contentDir, 200),
  },
  real: { contentDir: "content" },
  fixture: { contentDir: "tests/fixtures/site" },
  // 45 generated articles for pagination, the timeline order and accents, and
  // the drafts fixture: a published article with a lead image, a draft and a
  // future-dated one (one build for both: tests/support/paged-fixture.ts).
  paged: {
    contentDir: ".next-test/paged-content",
    generate: writePagedContent,
  },
  // The fixture as a preview deployment: every page noindex (SITE_ENV=staging).
  staging: { contentDir: "tests/fixtures/site", env: { SITE_ENV: "staging" } },
} as const satisfies Record<SiteName, SiteDefinition>;

export type { SiteName };

function siteDistDir(name: string): string {
  return `.next-test/${name}`;
}

/** A finished build of this site is in its dist folder (Next writes BUILD_ID last). */
export function hasBuild(name: string): boolean {
  return fs.existsSync(path.join(ROOT, siteDistDir(name), "BUILD_ID"));
}

export function siteEnv(name: string, site: SiteDefinition): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: siteDistDir(name),
    CONTENT_DIR: path.join(ROOT, site.contentDir),
    ...site.env,
  };
}

/** Where the sites find the compile they share. */
const SHARED_COMPILE_DIR = ".next-test/compiled";

async function nextBuild(
  label: string,
  mode: "compile" | "generate",
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const { status, stdout, stderr } = await runCommand(
    process.execPath,
    [NEXT_BIN, "build", `--experimental-build-mode=${mode}`],
    { cwd: ROOT, env },
  );
  if (status !== 0)
    throw new Error(`next build for ${label} failed:\n${stdout}${stderr}`);
}

/**
 * Compiles the code once for every site. The sites differ only in their
 * content and runtime settings, which Next reads when it generates pages, not
 * when it compiles: Turbopack's compile, most of a build, is the same for each.
 */
export async function compileSharedSites(): Promise<void> {
  await nextBuild("the shared compile", "compile", {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: SHARED_COMPILE_DIR,
    SITE_URL: `${BUILT_ORIGIN}/`,
  });
}

/**
 * Finishes one site from the shared compile: a copy of its output in the
 * site's own dist folder, then the pages generated from the site's content.
 * The compiled routes take the dist folder from the server that runs them.
 */
export async function generateSite(
  name: string,
  site: SiteDefinition,
): Promise<void> {
  site.generate?.(path.join(ROOT, site.contentDir));
  const distDir = path.join(ROOT, siteDistDir(name));
  fs.rmSync(distDir, { recursive: true, force: true });
  // Turbopack's cache belongs to the compile, not to a site.
  const cache = path.join(ROOT, SHARED_COMPILE_DIR, "cache");
  fs.cpSync(path.join(ROOT, SHARED_COMPILE_DIR), distDir, {
    recursive: true,
    filter: (source) => source !== cache,
  });
  await nextBuild(`the "${name}" site`, "generate", siteEnv(name, site));
}

export type RunningSite = RunningServer;

export function startSite(
  name: string,
  site: SiteDefinition,
): Promise<RunningSite> {
  return startServer(ROOT, siteEnv(name, site));
}
