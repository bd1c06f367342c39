// Everything measured on one built site while `next start` serves it: page
// weights, then (optionally) load tests against next start, nginx serving the
// same HTML as files, and nginx's proxy_cache in front, then Lighthouse.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { URL_LOAD_RESULT, loadUrl } from "../support/load";
import { LIGHTHOUSE_RESULT, runLighthouseMedian } from "./lighthouse";
import { startNginx } from "../support/nginx";
import {
  PAGE_WEIGHT,
  measurePage,
  type PageWeight,
} from "../support/page-weight";
import {
  freePort,
  startServer,
  stopServer,
  waitForUrl,
} from "../support/site-server";

const PAGE_NAME = z.enum(["index", "article", "tag", "search"]);
export type PageName = z.infer<typeof PAGE_NAME>;
const LOADED_PAGE = z.enum(["index", "article"]);
type LoadedPage = z.infer<typeof LOADED_PAGE>;

const PAGE_NAMES: readonly PageName[] = PAGE_NAME.options;
// Article first: it is the page the targets are about.
const LOADED_PAGES: readonly LoadedPage[] = ["article", "index"];

const SERVE_RESULT = z
  .object({
    next: URL_LOAD_RESULT,
    staticFile: URL_LOAD_RESULT,
    nginxCache: URL_LOAD_RESULT,
    cacheStatus: z.string().nullable(),
  })
  .readonly();
export type ServeResult = z.infer<typeof SERVE_RESULT>;

/** Extended by a bench size's result (report.ts), hence not readonly here. */
export const SITE_MEASUREMENTS = z.object({
  pages: z.record(PAGE_NAME, PAGE_WEIGHT.nullable()),
  serve: z.partialRecord(LOADED_PAGE, SERVE_RESULT).nullable(),
  lighthouse: z.partialRecord(LOADED_PAGE, LIGHTHOUSE_RESULT).nullable(),
});
export type SiteMeasurements = Readonly<z.infer<typeof SITE_MEASUREMENTS>>;

export interface MeasureOptions {
  readonly projectDir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly workDir: string;
  readonly serve: boolean;
  readonly lighthouse: boolean;
}

function firstHref(html: string, pattern: RegExp): string | null {
  return pattern.exec(html)?.[1] ?? null;
}

async function findPaths(
  base: string,
): Promise<Record<PageName, string | null>> {
  const index = await (await fetch(base)).text();
  const article = firstHref(index, /href="(\/articles\/[^"/?#]+)"/);
  const articleHtml = article ? await (await fetch(base + article)).text() : "";
  return {
    index: "/",
    article,
    tag: firstHref(articleHtml, /href="(\/tags?\/[^"?#]+)"/),
    search: "/search",
  };
}

async function measureServing(
  base: string,
  upstreamPort: number,
  path_: string,
  workDir: string,
  repoDir: string,
): Promise<ServeResult> {
  const staticRoot = path.join(workDir, "static");
  fs.mkdirSync(staticRoot, { recursive: true });
  const html = Buffer.from(await (await fetch(base + path_)).arrayBuffer());
  fs.writeFileSync(path.join(staticRoot, "page.html"), html);
  const ports = {
    upstreamPort,
    cachePort: await freePort(),
    staticPort: await freePort(),
  };
  const nginx = await startNginx(
    repoDir,
    path.join(workDir, "nginx"),
    staticRoot,
    ports,
  );
  try {
    const cacheUrl = `http://127.0.0.1:${ports.cachePort}${path_}`;
    const staticUrl = `http://127.0.0.1:${ports.staticPort}/page.html`;
    await waitForUrl(cacheUrl, nginx);
    await fetch(cacheUrl);
    const cacheStatus = (await fetch(cacheUrl)).headers.get("x-cache-status");
    return {
      next: await loadUrl(base + path_),
      staticFile: await loadUrl(staticUrl),
      nginxCache: await loadUrl(cacheUrl),
      cacheStatus,
    };
  } finally {
    await stopServer(nginx);
  }
}

export async function measureSite(
  options: MeasureOptions,
): Promise<SiteMeasurements> {
  const server = await startServer(options.projectDir, options.env);
  try {
    const paths = await findPaths(server.url);
    const pages: Record<PageName, PageWeight | null> = {
      index: null,
      article: null,
      tag: null,
      search: null,
    };
    for (const name of PAGE_NAMES) {
      const pagePath = paths[name];
      pages[name] = pagePath ? await measurePage(server.url, pagePath) : null;
    }
    let serve: SiteMeasurements["serve"] = null;
    if (options.serve) {
      serve = {};
      for (const name of LOADED_PAGES) {
        const pagePath = paths[name];
        if (!pagePath) continue;
        console.log(`  load: ${name} (${pagePath})`);
        serve[name] = await measureServing(
          server.url,
          server.port,
          pagePath,
          options.workDir,
          path.resolve("."),
        );
      }
    }
    let lighthouse: SiteMeasurements["lighthouse"] = null;
    if (options.lighthouse) {
      lighthouse = {};
      for (const name of LOADED_PAGES) {
        const pagePath = paths[name];
        if (!pagePath) continue;
        console.log(`  lighthouse: ${name}`);
        lighthouse[name] = runLighthouseMedian(
          server.url + pagePath,
          path.join(options.workDir, `lighthouse-${name}.json`),
        );
      }
    }
    return { pages, serve, lighthouse };
  } finally {
    await stopServer(server.child);
  }
}
