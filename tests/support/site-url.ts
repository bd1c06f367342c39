import type { SiteName } from "./sites";
import { readSiteUrls } from "./sites-ready";

export function siteUrl(name: SiteName, pathname = "/"): string {
  const base = readSiteUrls()[name];
  if (!base)
    throw new Error(
      `The "${name}" site is not up: name it at the top of the test file, \`// @module-tag site/${name}\` (or TEST_SITES left it out)`,
    );
  return `${base}${pathname}`;
}

export async function getPage(
  name: SiteName,
  pathname: string,
): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(siteUrl(name, pathname), { redirect: "manual" });
  // React separates adjacent text with empty comments; drop them so assertions read like the page.
  const html = (await response.text()).replaceAll("<!-- -->", "");
  return { status: response.status, html, headers: response.headers };
}
