// The on-disk caches' shared plumbing (lib/content/body-cache, lib/content/parsed-files):
// where they live, entries named by a hash, read through a schema, written
// atomically. A cache never makes a read fail: an entry that cannot be read or
// fails its schema counts as missing, and a write that fails only costs speed.
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";

export function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Names a cache folder's version: its entry format and what the code that
 * fills it makes of a probe input, so a dependency upgrade that changes the
 * output also changes the folder, and old entries are never read.
 */
export function cacheVersion(...parts: readonly unknown[]): string {
  return sha256(JSON.stringify(parts)).slice(0, 16);
}

/** CONTENT_CACHE_DIR, else node_modules/.cache/busan-ledger: kept by `rm -rf .next`, shared by every dist folder. */
export function getContentCacheDir(): string {
  const configured = process.env.CONTENT_CACHE_DIR;
  // The ignore comments keep Turbopack from tracing the whole project for these dynamic paths.
  return configured
    ? path.resolve(/* turbopackIgnore: true */ configured)
    : path.join(
        /* turbopackIgnore: true */ process.cwd(),
        "node_modules",
        ".cache",
        "busan-ledger",
      );
}

/** The entry file for `hash` under `dir`, in 256 subfolders so none grows to 100,000 names. */
export function entryFile(dir: string, hash: string): string {
  return path.join(dir, hash.slice(0, 2), `${hash}.json`);
}

export function readEntry<T extends z.ZodType>(
  file: string,
  schema: T,
): z.output<T> | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a reader in another process never sees half an entry. */
export function writeEntry(file: string, value: unknown): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
  } catch {
    return;
  }
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  try {
    fs.writeFileSync(temporary, JSON.stringify(value));
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}
