import { describe, expect, it } from "vitest";
import { checkRequest } from "@/lib/server/request-policy.mjs";

describe("checkRequest", () => {
  it.each(["GET", "HEAD"])("lets %s through", (method) => {
    expect(checkRequest(method, "/articles/some-story")).toEqual({ ok: true });
  });

  it.each(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "get"])(
    "answers %s with 405 and Allow: GET, HEAD",
    (method) => {
      expect(checkRequest(method, "/")).toMatchObject({
        ok: false,
        status: 405,
        headers: { Allow: "GET, HEAD" },
      });
    },
  );

  it.each([
    "/articles/%E0%A4%A",
    "/%",
    "/%zz",
    "/%C0%AE%C0%AE%2F",
    "/articles/%",
    "/articles/ok/%F0%9F",
  ])("answers the undecodable path %s with 400", (pathname) => {
    expect(checkRequest("GET", pathname)).toMatchObject({
      ok: false,
      status: 400,
    });
  });

  it.each([
    "/",
    "/articles/%E2%9C%93",
    "/articles/..%2f..%2fpackage.json",
    "/articles/%00",
    "/articles/caf%C3%A9",
  ])("leaves the decodable path %s to the router", (pathname) => {
    expect(checkRequest("GET", pathname)).toEqual({ ok: true });
  });
});
