import http from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pageMemoryMs, withPageMemory } from "@/lib/server/page-memory.mjs";
import { listenLocally, rawRequest } from "../../support/raw-http";

const SHAREABLE = "public, max-age=0, s-maxage=20";

// What each path answers, in the shapes Next.js gives them.
const ROUTES: Record<string, (response: http.ServerResponse) => void> = {
  "/page": (response) => {
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    response.setHeader("Cache-Control", SHAREABLE);
    response.setHeader("X-NextJS-Cache", "MISS");
    response.setHeader("Vary", "rsc, Accept-Encoding");
    response.write("<p>first part, ");
    response.write(Buffer.from("second part, "));
    response.end(new TextEncoder().encode("last part</p>"));
  },
  "/missing": (response) => {
    response.statusCode = 404;
    response.setHeader("Content-Type", "text/html");
    response.end("not found");
  },
  "/private": (response) => {
    response.setHeader("Content-Type", "text/html");
    response.setHeader("Cache-Control", "private, no-cache, no-store");
    response.end("draft");
  },
  "/cookie": (response) => {
    response.setHeader("Content-Type", "text/html");
    response.setHeader("Cache-Control", SHAREABLE);
    response.setHeader("Set-Cookie", "a=b");
    response.end("cookie");
  },
  "/feed.xml": (response) => {
    response.setHeader("Content-Type", "application/rss+xml");
    response.setHeader("Cache-Control", SHAREABLE);
    response.end("<rss/>");
  },
};

// "<p>first part, second part, last part</p>": two copies fit, three do not.
const TWO_PAGES_BYTES = 100;

let server: http.Server;
let smallServer: http.Server;
let baseUrl: string;
let smallBaseUrl: string;
let clock = 0;
let rendered: string[] = [];

const render: Parameters<typeof withPageMemory>[0] = (request, response) => {
  const pathname = (request.url ?? "/").split("?")[0] ?? "/";
  rendered.push(request.url ?? "");
  ROUTES[pathname]?.(response);
};

beforeAll(async () => {
  const now = () => clock;
  server = http.createServer(withPageMemory(render, { ms: 1000, now }));
  smallServer = http.createServer(
    withPageMemory(render, { ms: 1000, now, maxBytes: TWO_PAGES_BYTES }),
  );
  baseUrl = await listenLocally(server);
  smallBaseUrl = await listenLocally(smallServer);
});

afterAll(() => {
  server.close();
  smallServer.close();
});

// Each test starts a second later than the last one's memory lasts.
beforeEach(() => {
  clock += 10_000;
  rendered = [];
});

const get = (path: string, headers: Record<string, string> = {}) =>
  rawRequest(baseUrl, "GET", path, headers);

describe("the page memory in front of Next.js", () => {
  it("answers a page asked for again within the second without rendering it", async () => {
    const first = await get("/page");
    clock += 999;
    const again = await get("/page");
    expect(rendered).toEqual(["/page"]);
    expect(again.status).toBe(200);
    expect(again.body).toBe("<p>first part, second part, last part</p>");
    expect(again.body).toBe(first.body);
    expect(again.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(again.headers["cache-control"]).toBe(SHAREABLE);
    expect(again.headers.vary).toBe("rsc, Accept-Encoding");
    expect(again.headers["content-length"]).toBe(String(first.body.length));
  });

  it("does not claim Next.js's cache answered a replay", async () => {
    await get("/page");
    const again = await get("/page");
    expect(again.headers["x-nextjs-cache"]).toBeUndefined();
  });

  it("asks Next.js again once the memory has lapsed", async () => {
    await get("/page");
    clock += 1000;
    await get("/page");
    clock += 1;
    await get("/page");
    expect(rendered).toEqual(["/page", "/page"]);
  });

  it("keeps a copy per query string and per Accept-Encoding", async () => {
    await get("/page");
    await get("/page?ref=feed");
    await get("/page", { "Accept-Encoding": "gzip, deflate" });
    await get("/page", { "Accept-Encoding": "gzip,deflate" });
    expect(rendered).toEqual(["/page", "/page?ref=feed", "/page"]);
  });

  it.each([
    ["a client navigation", { RSC: "1" }],
    ["a prefetch", { "Next-Router-Prefetch": "1" }],
    ["an on-demand revalidation", { "X-Prerender-Revalidate": "id" }],
    ["a conditional request", { "If-None-Match": '"abc"' }],
    ["a range request", { Range: "bytes=0-1" }],
    ["a draft preview", { Cookie: "__prerender_bypass=1" }],
  ])("passes %s to Next.js", async (_, headers) => {
    await get("/page");
    await get("/page", headers);
    expect(rendered).toEqual(["/page", "/page"]);
  });

  it("lets the oldest page go when its bytes would pass the budget", async () => {
    const getSmall = (path: string) => rawRequest(smallBaseUrl, "GET", path);
    for (const path of ["/page?1", "/page?2", "/page?3", "/page?3", "/page?2"])
      await getSmall(path);
    await getSmall("/page?1");
    expect(rendered).toEqual(["/page?1", "/page?2", "/page?3", "/page?1"]);
  });

  it("passes HEAD to Next.js", async () => {
    await get("/page");
    expect((await rawRequest(baseUrl, "HEAD", "/page")).status).toBe(200);
    expect(rendered).toEqual(["/page", "/page"]);
  });

  it.each(["/missing", "/private", "/cookie", "/feed.xml"])(
    "remembers nothing of %s, which is not a shareable HTML page",
    async (path) => {
      const first = await get(path);
      const again = await get(path);
      expect(rendered).toEqual([path, path]);
      expect(again.status).toBe(first.status);
    },
  );
});

describe("PAGE_MEMORY_MS", () => {
  it("is a second when unset and off at 0", () => {
    expect(pageMemoryMs(undefined)).toBe(1000);
    expect(pageMemoryMs("")).toBe(1000);
    expect(pageMemoryMs("0")).toBe(0);
    expect(pageMemoryMs("250")).toBe(250);
  });

  it.each(["-1", "1.5", "10001", "one"])(
    "refuses %s, naming the setting and its range",
    (setting) => {
      expect(() => pageMemoryMs(setting)).toThrow(
        /PAGE_MEMORY_MS: .* from 0 to 10000/,
      );
    },
  );

  it("leaves the handler as it is at 0", () => {
    const handle = () => undefined;
    expect(withPageMemory(handle, { ms: 0 })).toBe(handle);
  });
});
