// @module-tag site/real
// Every kind of response carries the security headers and a Cache-Control a CDN
// can act on: pages and feeds edge-cacheable, hashed assets immutable, errors
// never cached publicly. URLs are discovered from the served pages, so feeds,
// sitemaps and assets added later are checked too.
import { describe, expect, it } from "vitest";
import { header, rawRequest, type RawResponse } from "../support/raw-http";
import { siteUrl } from "../support/site-url";

const ARTICLE = "/articles/busan-announces-partnership-with-ftx";

function get(path: string, method = "GET"): Promise<RawResponse> {
  return rawRequest(siteUrl("real"), method, path);
}

async function discoveredPaths(): Promise<string[]> {
  const paths = new Set<string>();
  for (const page of ["/", ARTICLE]) {
    const { body } = await get(page);
    for (const [, url = ""] of body.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
      paths.add(url.replaceAll("&amp;", "&").split("#")[0] ?? url);
    }
  }
  return [...paths];
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...values]): [string, string[]] => [name, values]),
  );
}

function expectSecurityHeaders(path: string, response: RawResponse): void {
  const csp = directives(header(response, "Content-Security-Policy"));
  expect(csp.get("frame-ancestors"), path).toEqual(["'none'"]);
  expect(csp.get("object-src"), path).toEqual(["'none'"]);
  expect(csp.get("base-uri"), path).toEqual(["'self'"]);
  expect(csp.get("form-action"), path).toEqual(["'self'"]);
  expect(csp.get("default-src"), path).toEqual(["'self'"]);
  const scripts = csp.get("script-src") ?? [];
  expect(scripts, path).toContain("'self'");
  for (const source of scripts) {
    expect(source, path).not.toMatch(
      /unsafe-eval|^\*$|^https?:$|^data:$|^blob:$/,
    );
  }
  expect(header(response, "Content-Security-Policy"), path).not.toContain(
    "unsafe-eval",
  );
  const maxAge = /max-age=(\d+)/.exec(
    header(response, "Strict-Transport-Security"),
  );
  expect(Number(maxAge?.[1]), path).toBeGreaterThanOrEqual(31_536_000);
  expect(header(response, "X-Content-Type-Options"), path).toBe("nosniff");
  expect(header(response, "Referrer-Policy"), path).toBe(
    "strict-origin-when-cross-origin",
  );
  const permissions = header(response, "Permissions-Policy");
  for (const feature of [
    "camera",
    "microphone",
    "geolocation",
    "payment",
    "usb",
    "browsing-topics",
    "interest-cohort",
  ]) {
    expect(permissions, path).toMatch(new RegExp(`(^|, )${feature}=\\(\\)`));
  }
  expect(response.headers["x-powered-by"], path).toBeUndefined();
}

function cacheDirectives(response: RawResponse): Map<string, number | true> {
  return new Map(
    header(response, "Cache-Control")
      .split(",")
      .map((part): [string, number | true] => {
        const [name = "", value] = part.trim().split("=");
        return [name.toLowerCase(), value === undefined ? true : Number(value)];
      }),
  );
}

function expectEdgeCacheable(path: string, response: RawResponse): void {
  const cache = cacheDirectives(response);
  expect(cache.get("public"), path).toBe(true);
  // Browsers revalidate every time; the CDN holds it and may serve it stale.
  expect(cache.get("max-age"), path).toBe(0);
  expect(cache.get("s-maxage"), path).toBeGreaterThan(0);
  expect(cache.get("stale-while-revalidate"), path).toBeGreaterThan(0);
}

describe("security headers on every response", () => {
  it("are on every page, feed and asset the pages link to", async () => {
    const paths = await discoveredPaths();
    expect(paths.some((path) => path.startsWith("/_next/static/"))).toBe(true);
    // Story pages are among them, whichever stories the front page shows.
    expect(paths.some((path) => /^\/articles\/[^/]+$/.test(path))).toBe(true);
    for (const path of paths) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expectSecurityHeaders(path, response);
    }
  });

  it.each([
    ["the 404 for an unknown article", "GET", "/articles/no-such-story"],
    ["the 404 for an unknown page", "GET", "/no-such-page"],
    ["a missing hashed asset", "GET", "/_next/static/chunks/missing.js"],
    ["an undecodable path (400)", "GET", "/articles/%E0%A4%A"],
    ["a POST (405)", "POST", ARTICLE],
    ["an OPTIONS (405)", "OPTIONS", "/"],
    ["a HEAD", "HEAD", ARTICLE],
    ["Next.js's permanent redirect of /page/1", "GET", "/page/1"],
    ["a rejected image request", "GET", "/_next/image?url=%2Fx.png&w=1&q=0"],
    ["robots.txt", "GET", "/robots.txt"],
    ["sitemap.xml", "GET", "/sitemap.xml"],
  ])("are on %s", async (_, method, path) => {
    const response = await get(path, method);
    expect(response.status).toBeLessThan(500);
    expectSecurityHeaders(path, response);
  });
});

describe("Cache-Control", () => {
  it("lets a CDN cache every page and feed, and browsers always revalidate", async () => {
    const pages = (await discoveredPaths()).filter(
      (path) => !path.startsWith("/_next/"),
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const path of pages) expectEdgeCacheable(path, await get(path));
  });

  it("marks hashed build assets immutable for a year", async () => {
    const assets = (await discoveredPaths()).filter((path) =>
      path.startsWith("/_next/static/"),
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const path of assets) {
      expect(header(await get(path), "Cache-Control"), path).toBe(
        "public, max-age=31536000, immutable",
      );
    }
  });

  // Next.js 16 overwrites Cache-Control on its own 404 page with no-store
  // whatever headers() says (see docs/security.md, "Caching"); an unknown
  // article's 404 comes from its page and is kept 20 s, like any page..
  it.each(["/no-such-page"])(
    "never lets a CDN keep the 404 for %s",
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      const cache = cacheDirectives(response);
      expect(cache.has("public")).toBe(false);
      expect(cache.get("no-store")).toBe(true);
    },
  );

  // An unknown article's 404 comes from its page, rendered on demand (ISR), and
  // carries the pages' header: a CDN keeps it no longer than a page, so a story
  // published at that address still reaches readers within a minute.
  it("lets a CDN keep an unknown article's 404 no longer than a page", async () => {
    const response = await get("/articles/no-such-story");
    expect(response.status).toBe(404);
    expect(cacheDirectives(response).get("s-maxage")).toBeLessThanOrEqual(20);
  });
});
