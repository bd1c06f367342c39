// @module-tag site/staging
// Issue 12, defect 1: the staging site is built with SITE_URL and served
// without it, so anything rendered at request time that read SITE_URL then
// would write http://localhost:3000. Every test site is built that way
// (tests/support/sites.ts); this file asks the staging one.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { spawnServer, stopServer } from "../../scripts/support/site-server";
import { siteUrl } from "../support/site-url";
import { BUILT_ORIGIN, ROOT, SITES, siteEnv } from "../support/sites";

// XML namespaces and schema vocabularies name these origins without linking to them.
const VOCABULARIES = new Set([
  "http://www.w3.org",
  "http://www.sitemaps.org",
  "http://www.google.com",
  "https://schema.org",
]);

const prerenderManifest = z.object({
  preview: z.object({ previewModeId: z.string().min(1) }),
});

function originsIn(text: string): string[] {
  const origins = text.match(/https?:\/\/[a-z0-9.-]+(:\d+)?/gi) ?? [];
  return [...new Set(origins)].filter((origin) => !VOCABULARIES.has(origin));
}

/** Next.js's on-demand revalidation: the build's preview id in this header regenerates the route now. */
function revalidationHeaders(): Record<string, string> {
  const manifest = prerenderManifest.parse(
    JSON.parse(
      readFileSync(
        path.join(ROOT, ".next-test/staging/prerender-manifest.json"),
        "utf8",
      ),
    ),
  );
  return { "x-prerender-revalidate": manifest.preview.previewModeId };
}

describe("a site served without the SITE_URL it was built with", () => {
  it.each(["/search?q=exchange", "/no-such-page", "/articles/nope"])(
    "renders %s at request time with the build's origin only",
    async (pathname) => {
      const text = await (await fetch(siteUrl("staging", pathname))).text();
      expect(originsIn(text)).toEqual([BUILT_ORIGIN]);
    },
  );

  it("regenerates the news sitemap with the build's origin only", async () => {
    const response = await fetch(siteUrl("staging", "/news-sitemap.xml"), {
      headers: revalidationHeaders(),
    });
    expect(response.headers.get("x-nextjs-cache")).toBe("REVALIDATED");
    for (const origin of originsIn(await response.text()))
      expect(origin).toBe(BUILT_ORIGIN);
  });

  it("warns loudly when started with another SITE_URL, and keeps the build's", async () => {
    const server = await spawnServer(ROOT, {
      ...siteEnv("staging", SITES.staging),
      SITE_URL: "https://elsewhere.example",
    });
    try {
      const text = await (await fetch(`${server.url}/search`)).text();
      expect(originsIn(text)).toEqual([BUILT_ORIGIN]);
      expect(server.output()).toContain(
        `WARNING: SITE_URL is https://elsewhere.example but this build was made with SITE_URL=${BUILT_ORIGIN}.`,
      );
    } finally {
      await stopServer(server.child);
    }
  });
});
