// Runs before each end-to-end file: the sites it reads may still be building.
// A file names them in `// @module-tag site/<name>` lines (Vitest's file tags)
// and starts once those serve; a file that names none waits for every site.
import { beforeAll } from "vitest";
import { WAIT_LIMIT_MS, sitesTagged, waitForSites } from "./sites-ready";

// Vitest hands the file second; the first argument must be a pattern.
beforeAll(async ({}, file) => {
  const named = sitesTagged(file.tags ?? []);
  await waitForSites(named.length > 0 ? named : "all");
  // waitForSites stops at its own limit, with a message naming the sites.
}, WAIT_LIMIT_MS + 60_000);
