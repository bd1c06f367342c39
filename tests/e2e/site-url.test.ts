// Issue 12, defect 1: the staging site is built with SITE_URL and served
// without it, so anything rendered at request time that read SITE_URL then
// would write http://localhost:3000.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { freePort, stop, waitForUrl } from "../../scripts/bench/servers";
import { siteUrl } from "../support/site-url";
import { NEXT_BIN, ROOT, SITES, siteEnv } from "../support/sites";

const BUILT_WITH = "https://staging.example.org";
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
      expect(originsIn(text)).toEqual([BUILT_WITH]);
    },
  );

  it("regenerates the news sitemap with the build's origin only", async () => {
    const response = await fetch(siteUrl("staging", "/news-sitemap.xml"), {
      headers: revalidationHeaders(),
    });
    expect(response.headers.get("x-nextjs-cache")).toBe("REVALIDATED");
    for (const origin of originsIn(await response.text()))
      expect(origin).toBe(BUILT_WITH);
  });

  it("warns loudly when started with another SITE_URL, and keeps the build's", async () => {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)],
      {
        cwd: ROOT,
        env: {
          ...siteEnv("staging", SITES.staging),
          SITE_URL: "https://elsewhere.example",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    try {
      const url = `http://127.0.0.1:${port}`;
      await waitForUrl(url, child);
      const text = await (await fetch(`${url}/search`)).text();
      expect(originsIn(text)).toEqual([BUILT_WITH]);
      expect(output).toContain(
        `WARNING: SITE_URL is https://elsewhere.example but this build was made with SITE_URL=${BUILT_WITH}.`,
      );
    } finally {
      await stop(child);
    }
  });
});
