import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withRequestPolicy } from "@/lib/server/request-handler.mjs";
import { listenLocally, rawRequest } from "../../support/raw-http";

let server: http.Server;
let baseUrl: string;
let handled = 0;

beforeAll(async () => {
  server = http.createServer(
    withRequestPolicy((_, response) => {
      handled += 1;
      response.end("page");
    }),
  );
  baseUrl = await listenLocally(server);
});

afterAll(() => {
  server.close();
});

describe("the request policy in front of a handler", () => {
  it("passes GET and HEAD to the handler, with the security headers set", async () => {
    const before = handled;
    const page = await rawRequest(baseUrl, "GET", "/articles/a");
    expect(page.body).toBe("page");
    expect(page.headers["x-frame-options"]).toBe("DENY");
    expect(page.headers["cache-control"]).toContain("s-maxage");
    expect((await rawRequest(baseUrl, "HEAD", "/")).status).toBe(200);
    expect(handled).toBe(before + 2);
  });

  it("leaves Cache-Control on hashed assets to Next.js", async () => {
    const asset = await rawRequest(baseUrl, "GET", "/_next/static/chunks/a.js");
    expect(asset.headers["cache-control"]).toBeUndefined();
    expect(asset.headers["x-content-type-options"]).toBe("nosniff");
  });

  it.each(["TRACE", "POST", "DELETE", "OPTIONS"])(
    "answers %s with 405, Allow and the security headers",
    async (method) => {
      const before = handled;
      const response = await rawRequest(baseUrl, method, "/articles/a");
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["content-security-policy"]).toMatch(
        /frame-ancestors 'none'/,
      );
      expect(handled).toBe(before);
    },
  );

  it.each(["/articles/%E0%A4%A", "/%zz?q=1", "http://evil.test/%"])(
    "answers the undecodable %s with 400",
    async (path) => {
      const response = await rawRequest(baseUrl, "GET", path);
      expect(response.status).toBe(400);
      expect(response.headers["cache-control"]).toContain("s-maxage");
    },
  );
});
