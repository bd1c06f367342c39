// The test sites' names, and the file tag that says a test file reads one
// (`// @module-tag site/real`). vitest.config.mts declares a tag per site from
// here, so this file imports nothing: Vite's native config loader, which Vite
// means to make its default, cannot follow a config into TypeScript imports.
// tests/support/sites.ts defines each site, and the type checker holds it to
// exactly these names.
export const SITE_NAMES = [
  "archive",
  "real",
  "fixture",
  "paged",
  "staging",
] as const;

export type SiteName = (typeof SITE_NAMES)[number];

export const SITE_TAG_PREFIX = "site/";
