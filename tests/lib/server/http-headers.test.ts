import { describe, expect, it } from "vitest";
import {
  cdnCacheSeconds,
  pageCacheControl,
} from "@/lib/server/http-headers.mjs";

describe("the pages' Cache-Control", () => {
  it("lets a CDN keep a page 20 s when CDN_CACHE_SECONDS is unset, the window docs/deploy.md's one-minute publish counts on", () => {
    for (const unset of [undefined, ""])
      expect(pageCacheControl(cdnCacheSeconds(unset))).toBe(
        "public, max-age=0, s-maxage=20, stale-while-revalidate=86400",
      );
  });

  it("takes a shorter window from CDN_CACHE_SECONDS", () => {
    expect(pageCacheControl(cdnCacheSeconds("4"))).toBe(
      "public, max-age=0, s-maxage=4, stale-while-revalidate=86400",
    );
  });

  it.each(["0", "21", "4.5", "-3", "four"])(
    "refuses CDN_CACHE_SECONDS=%s, naming the variable and the fix",
    (setting) => {
      expect(() => cdnCacheSeconds(setting)).toThrow(
        `CDN_CACHE_SECONDS: "${setting}" is not a whole number of seconds from 1 to 20 (leave it unset for 20)`,
      );
    },
  );
});
