import fs from "node:fs";
import path from "node:path";

export const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

export function readFixture(relativePath: string): string {
  return fs.readFileSync(path.join(FIXTURES, relativePath), "utf8");
}
