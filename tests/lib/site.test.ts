import { afterEach, describe, expect, it, vi } from "vitest";
import { getContactEmail } from "@/lib/site";

describe("getContactEmail", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

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
