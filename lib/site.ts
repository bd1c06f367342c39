// Site-wide facts: name, address, language and the one time zone in which
// date-only frontmatter values are read. Everything that emits a URL or a
// date takes it from here, so the site has one answer to each question.

export const SITE_NAME = "Busan Ledger";
export const SITE_TAGLINE =
  "Busan’s bid to become a blockchain city: Binance, FTX, the Busan Digital Asset Exchange, and what followed.";
export const SITE_LANGUAGE = "en";
export const SITE_LOCALE = "en_GB";
// Busan's zone. Korea keeps no daylight saving, but the code does not rely on that.
export const SITE_TIME_ZONE = "Asia/Seoul";

const DEFAULT_SITE_URL = "http://localhost:3000";

export function getSiteUrl(): string {
  const configured = process.env.SITE_URL?.trim();
  return (configured || DEFAULT_SITE_URL).replace(/\/+$/, "");
}

export function absoluteUrl(pathname: string): string {
  return `${getSiteUrl()}${pathname.startsWith("/") ? pathname : `/${pathname}`}`;
}

export function articlePath(slug: string): string {
  return `/articles/${slug}`;
}

/** SITE_ENV=staging marks a preview deployment: every page noindex, robots.txt disallows all. */
export function isStagingSite(): boolean {
  return process.env.SITE_ENV?.trim() === "staging";
}

const EMAIL_ADDRESS = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * Where readers report errors: SITE_CONTACT_EMAIL, or undefined when unset, in
 * which case the site shows no address rather than a made-up one.
 */
export function getContactEmail(): string | undefined {
  const configured = process.env.SITE_CONTACT_EMAIL?.trim();
  if (!configured) return undefined;
  if (!EMAIL_ADDRESS.test(configured)) {
    throw new Error(
      `SITE_CONTACT_EMAIL: "${configured}" is not an email address (set it to an address such as name@example.org, or leave it unset to show none)`,
    );
  }
  return configured;
}
