import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installRequestGuard } from "@/lib/server/request-guard-server";
import { rawRequest } from "../../support/raw-http";

let server: http.Server;
let baseUrl: string;
let handled = 0;

beforeAll(async () => {
  installRequestGuard();
  installRequestGuard(); // a second install (dev reloads) must not stack
  server = http.createServer((_, response) => {
    handled += 1;
    response.end("page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (typeof address !== "object" || !address) throw new Error("no port");
  baseUrl = `http://127.0.0.1:${address.port}`;
});

afterAll(() => {
  server.close();
});

describe("the request guard on a real Node HTTP server", () => {
  it("passes GET and HEAD to the handler", async () => {
    const before = handled;
    expect((await rawRequest(baseUrl, "GET", "/articles/a")).body).toBe("page");
    expect((await rawRequest(baseUrl, "HEAD", "/")).status).toBe(200);
    expect(handled).toBe(before + 2);
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
