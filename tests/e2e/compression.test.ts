// @module-tag site/real
// Issue 12, item 6: deploy/nginx.conf in front of the real test site answers
// Brotli to clients that accept it and gzip to the rest, for pages and feeds.
import type { ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNginx } from "../../scripts/support/nginx";
import { freePort, stopServer } from "../../scripts/support/site-server";
import { siteUrl } from "../support/site-url";
import { ROOT } from "../support/sites";

let nginx: ChildProcess | undefined;
let base = "";

beforeAll(async () => {
  const upstreamPort = Number(new URL(siteUrl("real")).port);
  const cachePort = await freePort();
  const prefix = path.join(os.tmpdir(), `busan-ledger-nginx-${process.pid}`);
  nginx = await startNginx(ROOT, prefix, prefix, {
    cachePort,
    upstreamPort,
    staticPort: await freePort(),
  });
  base = `http://127.0.0.1:${cachePort}`;
});

afterAll(async () => {
  if (nginx) await stopServer(nginx);
});

async function encodingOf(pathname: string, accept: string): Promise<string> {
  const response = await fetch(`${base}${pathname}`, {
    headers: { "Accept-Encoding": accept },
  });
  await response.arrayBuffer();
  expect(response.status).toBe(200);
  return response.headers.get("content-encoding") ?? "identity";
}

describe("deploy/nginx.conf", () => {
  it.each(["/", "/feed.xml", "/atom.xml", "/feed.json", "/sitemap.xml"])(
    "answers %s in Brotli, gzip or plain as the client asks",
    async (pathname) => {
      expect(await encodingOf(pathname, "br, gzip")).toBe("br");
      expect(await encodingOf(pathname, "gzip")).toBe("gzip");
      expect(await encodingOf(pathname, "identity")).toBe("identity");
    },
  );
});
