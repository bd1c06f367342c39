// Unit tests' own body cache: every default BodyCache they create (through
// readContentLibrary, or a spawned content check) writes under a temporary
// folder removed afterwards, never into node_modules/.cache beside a developer's builds.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup(): () => void {
  const dir = fs.mkdtempSync(
    path.join(os.tmpdir(), "busan-ledger-unit-cache-"),
  );
  process.env.CONTENT_CACHE_DIR = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
