// Site-wide facts: name, address, language and the one time zone in which
// date-only frontmatter values are read. Everything that emits a URL or a
// date takes it from here, so the site has one answer to each question.

export const SITE_NAME = "Busan Ledger";
// The site's one-line headline: the title's second half and the site card's headline.
export const SITE_HEADLINE = "Busan’s blockchain city story";
export const SITE_TAGLINE =
  "Busan’s bid to become a blockchain city: Binance, FTX, the Busan Digital Asset Exchange, and what followed.";
// What every story here is about, so a tag naming it tells a reader nothing.
export const SITE_SUBJECT = "Busan";
export const SITE_LANGUAGE = "en";
export const SITE_LOCALE = "en_GB";
// Busan's zone. Korea keeps no daylight saving, but the code does not rely on that.
export const SITE_TIME_ZONE = "Asia/Seoul";

const DEFAULT_SITE_URL = "http://localhost:3000";

function normalizeSiteUrl(value: string | undefined): string {
  return (value?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, "");
}

/**
 * The public origin this build was made for. next.config.mjs inlines the
 * build's SITE_URL as BUSAN_LEDGER_SITE_URL, so pages rendered at request time
 * (search, regenerated routes, error pages) write the same origin as the static
 * ones, whatever the server's own environment says. Outside a build (unit
 * tests, scripts) the variable is read from the environment like any other.
 */
export function getSiteUrl(): string {
  return normalizeSiteUrl(process.env.BUSAN_LEDGER_SITE_URL);
}

/**
 * The warning a server should print when it is started with a SITE_URL other
 * than the one its build baked in (which it keeps using); undefined when they agree
 * or SITE_URL is unset at run time.
 */
export function siteUrlMismatchWarning(
  builtWith: string,
  runningWith: string | undefined,
): string | undefined {
  if (!runningWith?.trim()) return undefined;
  const running = normalizeSiteUrl(runningWith);
  if (running === builtWith) return undefined;
  return [
    `WARNING: SITE_URL is ${running} but this build was made with SITE_URL=${builtWith}.`,
    `Every page keeps ${builtWith}: SITE_URL is read at build time only.`,
    `Rebuild with SITE_URL=${running} to serve the site at that address.`,
  ].join("\n");
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
