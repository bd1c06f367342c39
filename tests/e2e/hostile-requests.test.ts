// @module-tag site/real
// What anyone on the internet may send: none of it may produce a 5xx, leak a
// file from outside the site, or lose the security headers, and the server must
// keep serving afterwards. Raw requests, so nothing is normalised on the way.
import { describe, expect, it } from "vitest";
import { rawBytes, rawRequest } from "../support/raw-http";
import { siteUrl } from "../support/site-url";

const ARTICLE = "/articles/busan-announces-partnership-with-ftx";
const LONG_SLUG = `/articles/${"a".repeat(10 * 1024)}`;

// Markers of files that must never be served: package.json, git metadata,
// raw article frontmatter, environment files, the source tree.
const LEAKS = [
  /"devDependencies"/,
  /"scripts"\s*:/,
  /\[core\]|repositoryformatversion/,
  /^---\ntitle:/m,
  /^---\r?\n[a-z]+:/m,
  /root:x:0:0/,
  /SITE_URL=|NODE_ENV=/,
  /export (?:async )?function (?:register|proxy)|from "@\/lib\//,
];

interface HostileCase {
  readonly name: string;
  readonly method?: string;
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
}

const PATHS: readonly HostileCase[] = [
  // Traversal, raw and encoded.
  { name: "dot-dot slash", path: "/articles/../package.json" },
  { name: "encoded slash", path: "/articles/..%2f..%2fpackage.json" },
  {
    name: "upper-case encoded slash",
    path: "/articles/..%2F..%2Fpackage.json",
  },
  { name: "encoded dots", path: "/%2e%2e/%2e%2e/package.json" },
  { name: "double-encoded", path: "/articles/%252e%252e%252fpackage.json" },
  { name: "backslashes", path: "/articles/..%5c..%5cpackage.json" },
  { name: "overlong UTF-8 dots", path: "/%C0%AE%C0%AE%2F" },
  {
    name: "content file via traversal",
    path: `/articles/..%2f..%2fcontent%2f${ARTICLE.slice(10)}.md`,
  },
  {
    name: "_next traversal",
    path: "/_next/static/..%2f..%2f..%2fpackage.json",
  },
  // Broken and strange encodings.
  { name: "truncated UTF-8 in slug", path: "/articles/%E0%A4%A" },
  { name: "lone percent", path: "/%" },
  { name: "bad hex", path: "/%zz" },
  { name: "lone percent in slug", path: "/articles/%" },
  { name: "encoded NUL", path: "/articles/%00" },
  { name: "encoded NUL before suffix", path: `${ARTICLE}%00.md` },
  { name: "10 KB slug", path: LONG_SLUG },
  {
    name: "Unicode slug",
    path: "/articles/%EB%B6%80%EC%82%B0-%EA%B1%B0%EB%9E%98%EC%86%8C",
  },
  { name: "upper-case slug", path: ARTICLE.toUpperCase() },
  { name: "right-to-left override", path: "/articles/%E2%80%AEbusan" },
  // Files that exist on disk but are not the site.
  { name: ".md suffix", path: `${ARTICLE}.md` },
  { name: ".json suffix", path: `${ARTICLE}.json` },
  { name: ".env", path: "/.env" },
  { name: ".env.local", path: "/.env.local" },
  { name: ".git/config", path: "/.git/config" },
  { name: ".git/HEAD", path: "/.git/HEAD" },
  { name: "package.json", path: "/package.json" },
  { name: "next.config.mjs", path: "/next.config.mjs" },
  { name: "content file", path: `/content/${ARTICLE.slice(10)}.md` },
  { name: "build manifest", path: "/.next/BUILD_ID" },
  { name: "/etc/passwd", path: "/..%2f..%2f..%2f..%2fetc%2fpasswd" },
  // The image optimizer, abused.
  {
    name: "image: huge width",
    path: "/_next/image?url=%2Ffavicon.ico&w=100000&q=75",
  },
  {
    name: "image: quality 0",
    path: "/_next/image?url=%2Ffavicon.ico&w=64&q=0",
  },
  { name: "image: no url", path: "/_next/image?w=64&q=75" },
  { name: "image: bad url", path: "/_next/image?url=%E0%A4%A&w=64&q=75" },
  {
    name: "image: external url",
    path: "/_next/image?url=https%3A%2F%2Fevil.test%2Fx.png&w=64&q=75",
  },
  {
    name: "image: protocol-relative url",
    path: "/_next/image?url=%2F%2Fevil.test%2Fx.png&w=64&q=75",
  },
  {
    name: "image: file url",
    path: "/_next/image?url=file%3A%2F%2F%2Fetc%2Fpasswd&w=64&q=75",
  },
  {
    name: "image: traversal url",
    path: "/_next/image?url=%2F..%2Fpackage.json&w=64&q=75",
  },
  {
    name: "image: itself",
    path: "/_next/image?url=%2F_next%2Fimage%3Furl%3D%252Fx&w=64&q=75",
  },
  // Forged routing headers.
  { name: "spoofed Host", path: "/", headers: { Host: "evil.test" } },
  {
    name: "spoofed X-Forwarded-Host",
    path: ARTICLE,
    headers: {
      "X-Forwarded-Host": "evil.test",
      "X-Forwarded-Proto": "javascript",
    },
  },
  {
    name: "x-middleware-subrequest on a page",
    path: ARTICLE,
    headers: { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  },
  {
    name: "x-middleware-subrequest with POST",
    method: "POST",
    path: ARTICLE,
    headers: {
      "x-middleware-subrequest":
        "middleware:middleware:middleware:middleware:middleware",
    },
  },
  {
    name: "x-middleware-subrequest on a bad path",
    path: "/articles/%E0%A4%A",
    headers: { "x-middleware-subrequest": "src/proxy:proxy:proxy:proxy:proxy" },
  },
  {
    name: "RSC header on a 404",
    path: "/articles/no-such-story",
    headers: { RSC: "1", "Next-Router-State-Tree": "%E0%A4%A" },
  },
  {
    name: "x-invoke-path",
    path: "/",
    headers: {
      "x-invoke-path": "/package.json",
      "x-matched-path": "/../package.json",
    },
  },
];

const METHODS = [
  "GET",
  "HEAD",
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "OPTIONS",
  "TRACE",
];
const METHOD_CASES: readonly HostileCase[] = [
  ARTICLE,
  "/",
  "/no-such-page",
].flatMap((path) =>
  METHODS.map((method) => ({ name: `${method} ${path}`, method, path })),
);

const CASES = [...PATHS, ...METHOD_CASES];

function send({ method = "GET", path, headers }: HostileCase) {
  return rawRequest(siteUrl("real"), method, path, headers);
}

describe("hostile requests against the served site", () => {
  it.each(CASES)(
    "$name: no 5xx, no leak, security headers",
    async (hostile) => {
      const response = await send(hostile);
      for (const leak of LEAKS) expect(response.body).not.toMatch(leak);
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.status).toBeLessThan(500);
      expect(response.headers["content-security-policy"]).toMatch(
        /frame-ancestors 'none'/,
      );
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-powered-by"]).toBeUndefined();
    },
  );

  it.each([
    "/articles/%E0%A4%A",
    "/%",
    "/%zz",
    "/%C0%AE%C0%AE%2F",
    "/articles/%",
    "/articles/%zz",
  ])("answers the undecodable %s with 400", async (path) => {
    expect((await send({ name: path, path })).status).toBe(400);
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"])(
    "answers %s on pages with 405 and Allow: GET, HEAD",
    async (method) => {
      for (const path of ["/", ARTICLE]) {
        const response = await send({ name: method, method, path });
        expect(response.status).toBe(405);
        expect(response.headers.allow).toBe("GET, HEAD");
        expect(response.body).not.toContain("<html");
      }
    },
  );

  // With a proxy.ts, Next.js 16.4.6 answered TRACE with a bare 500 (its proxy
  // adapter cannot construct a TRACE Request); the guard answers first.
  it("answers TRACE with 405 and the security headers, not a 500", async () => {
    const response = await send({
      name: "TRACE",
      method: "TRACE",
      path: ARTICLE,
    });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD");
    expect(response.headers["content-security-policy"]).toMatch(
      /frame-ancestors 'none'/,
    );
  });

  it("serves the article itself to GET and HEAD", async () => {
    const get = await send({ name: "GET", path: ARTICLE });
    const head = await send({ name: "HEAD", method: "HEAD", path: ARTICLE });
    expect(get.status).toBe(200);
    expect(get.body).toContain("<h1>Busan announces partnership with FTX");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
  });

  it("never routes by a forged Host or X-Forwarded-Host", async () => {
    const response = await send({
      name: "forged",
      path: ARTICLE,
      headers: { Host: "evil.test", "X-Forwarded-Host": "evil.test" },
    });
    expect(response.status).toBe(200);
    expect(response.body).not.toContain("evil.test");
    expect(response.headers.location).toBeUndefined();
  });

  it("does not let x-middleware-subrequest skip the guard (CVE-2025-29927)", async () => {
    for (const value of [
      "proxy",
      "proxy:proxy:proxy:proxy:proxy",
      "middleware:middleware:middleware:middleware:middleware",
    ]) {
      const response = await send({
        name: value,
        method: "DELETE",
        path: ARTICLE,
        headers: { "x-middleware-subrequest": value },
      });
      expect(response.status).toBe(405);
    }
  });

  it("survives a CONNECT and a request line of garbage", async () => {
    const { host } = new URL(siteUrl("real"));
    for (const bytes of [
      `CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `GET /../../etc/passwd HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`,
      "BREW /pot HTTP/1.1\r\n\r\n",
      "\u0000\u0001\u0002 nonsense\r\n\r\n",
    ]) {
      const statusLine = await rawBytes(siteUrl("real"), bytes);
      // Either the connection is dropped or the answer is not a server error.
      expect(statusLine).not.toMatch(/^HTTP\/1\.[01] 5/);
      expect(statusLine).not.toMatch(/root:x:0:0/);
    }
  });

  it("still serves the index afterwards", async () => {
    const response = await send({ name: "after", path: "/" });
    expect(response.status).toBe(200);
    expect(response.body).toContain("Busan Ledger");
  });
});
