import { afterEach, describe, expect, it, vi } from "vitest";
import {
  getContactEmail,
  getSiteUrl,
  siteUrlMismatchWarning,
} from "@/lib/site";

afterEach(() => vi.unstubAllEnvs());

describe("getSiteUrl", () => {
  it("reads the origin the build baked in, not the server's SITE_URL", () => {
    vi.stubEnv("BUSAN_LEDGER_SITE_URL", "https://ledger.example/");
    vi.stubEnv("SITE_URL", "http://other.example");
    expect(getSiteUrl()).toBe("https://ledger.example");
  });

  it("falls back to localhost when the build had no SITE_URL", () => {
    vi.stubEnv("BUSAN_LEDGER_SITE_URL", "");
    expect(getSiteUrl()).toBe("http://localhost:3000");
  });
});

describe("siteUrlMismatchWarning", () => {
  it("says nothing when the server has no SITE_URL or the same one", () => {
    expect(siteUrlMismatchWarning("https://a.example", undefined)).toBe(
      undefined,
    );
    expect(siteUrlMismatchWarning("https://a.example", " ")).toBe(undefined);
    expect(
      siteUrlMismatchWarning("https://a.example", "https://a.example/"),
    ).toBe(undefined);
  });

  it("names both origins and the fix when they differ", () => {
    const warning = siteUrlMismatchWarning(
      "https://a.example",
      "https://b.example",
    );
    expect(warning).toContain("SITE_URL is https://b.example");
    expect(warning).toContain("made with SITE_URL=https://a.example");
    expect(warning).toContain("Rebuild with SITE_URL=https://b.example");
  });
});

describe("getContactEmail", () => {
  it("is undefined when SITE_CONTACT_EMAIL is unset or blank", () => {
    vi.stubEnv("SITE_CONTACT_EMAIL", "");
    expect(getContactEmail()).toBeUndefined();
    vi.stubEnv("SITE_CONTACT_EMAIL", "   ");
    expect(getContactEmail()).toBeUndefined();
  });

  it("returns the configured address, trimmed", () => {
    vi.stubEnv("SITE_CONTACT_EMAIL", " desk@example.org ");
    expect(getContactEmail()).toBe("desk@example.org");
  });

  it("refuses something that is not an address, saying how to fix it", () => {
    vi.stubEnv("SITE_CONTACT_EMAIL", "the news desk");
    expect(() => getContactEmail()).toThrow(
      'SITE_CONTACT_EMAIL: "the news desk" is not an email address (set it to an address such as name@example.org, or leave it unset to show none)',
    );
  });
});
