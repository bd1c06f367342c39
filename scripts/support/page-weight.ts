// What a page costs a reader: its HTML, the JavaScript its <script src> tags
// load (all of it, and what a modern browser loads, skipping `nomodule`
// scripts), and its stylesheets — raw and gzip bytes, fetched over HTTP.
import { gzipSync } from "node:zlib";
import { z } from "zod";

// Schemas, not only types: bench/results.json is read back by the next run.
export const BYTES = z.object({ raw: z.number(), gzip: z.number() }).readonly();
export type Bytes = z.infer<typeof BYTES>;

export const PAGE_WEIGHT = z
  .object({
    path: z.string(),
    html: BYTES,
    scripts: z.number(),
    js: BYTES,
    jsModern: BYTES,
    cssGzip: z.number(),
  })
  .readonly();
export type PageWeight = z.infer<typeof PAGE_WEIGHT>;

function measure(body: Buffer): Bytes {
  return { raw: body.length, gzip: gzipSync(body).length };
}

function sum(list: readonly Bytes[]): Bytes {
  return list.reduce(
    (total, item) => ({
      raw: total.raw + item.raw,
      gzip: total.gzip + item.gzip,
    }),
    { raw: 0, gzip: 0 },
  );
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag)?.[1];
}

export function scriptTags(html: string): { src: string; noModule: boolean }[] {
  return [...html.matchAll(/<script\b[^>]*>/gi)].flatMap(([tag]) => {
    const src = attribute(tag, "src");
    return src ? [{ src, noModule: /\snomodule\b/i.test(tag) }] : [];
  });
}

export function stylesheetHrefs(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/gi)].flatMap(([tag]) => {
    const href = attribute(tag, "href");
    return href && attribute(tag, "rel") === "stylesheet" ? [href] : [];
  });
}

async function fetchBytes(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** null when the route does not exist (404), so features not built yet show as n/a. */
export async function measurePage(
  base: string,
  path: string,
): Promise<PageWeight | null> {
  const response = await fetch(new URL(path, base));
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${path} answered ${response.status}`);
  const html = Buffer.from(await response.arrayBuffer());
  const text = html.toString("utf8");
  const scripts = scriptTags(text);
  const scriptBytes = await Promise.all(
    scripts.map(async (script) => ({
      ...script,
      bytes: measure(await fetchBytes(new URL(script.src, base).href)),
    })),
  );
  const css = await Promise.all(
    stylesheetHrefs(text).map(async (href) =>
      measure(await fetchBytes(new URL(href, base).href)),
    ),
  );
  return {
    path,
    html: measure(html),
    scripts: scripts.length,
    js: sum(scriptBytes.map((script) => script.bytes)),
    jsModern: sum(
      scriptBytes
        .filter((script) => !script.noModule)
        .map((script) => script.bytes),
    ),
    cssGzip: sum(css).gzip,
  };
}
