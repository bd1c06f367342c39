// Everything measured on one built site while `next start` serves it: page
// weights, then (optionally) load tests against next start, nginx serving the
// same HTML as files, and nginx's proxy_cache in front, then Lighthouse.
import fs from "node:fs";
import path from "node:path";
import { loadUrl, type UrlLoadResult } from "../support/load";
import { runLighthouseMedian, type LighthouseResult } from "./lighthouse";
import { startNginx } from "../support/nginx";
import { measurePage, type PageWeight } from "../support/page-weight";
import {
  freePort,
  startServer,
  stopServer,
  waitForUrl,
} from "../support/site-server";

export type PageName = "index" | "article" | "tag" | "search";
type LoadedPage = "index" | "article";

const PAGE_NAMES: readonly PageName[] = ["index", "article", "tag", "search"];
// Article first: it is the page the targets are about.
const LOADED_PAGES: readonly LoadedPage[] = ["article", "index"];

export interface ServeResult {
  readonly next: UrlLoadResult;
  readonly staticFile: UrlLoadResult;
  readonly nginxCache: UrlLoadResult;
  readonly cacheStatus: string | null;
}

export interface SiteMeasurements {
  readonly pages: Record<PageName, PageWeight | null>;
  readonly serve: Partial<Record<LoadedPage, ServeResult>> | null;
  readonly lighthouse: Partial<Record<LoadedPage, LighthouseResult>> | null;
}

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
