// The React Server Components advisories of 2025–2026 are fixed only in recent
// releases; `npm audit` cannot reach the advisory service on the build machines,
// so this pins the floor instead. Raise the minimums when a new advisory lands.
import { createRequire } from "node:module";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const require = createRequire(import.meta.url);

const MINIMUM_VERSIONS = {
  next: "16.4.6",
  react: "19.3.1",
  "react-dom": "19.3.1",
} as const;

const packageJson = z.object({ version: z.string() });

function installedVersion(name: string): string {
  return packageJson.parse(require(`${name}/package.json`)).version;
}

describe("installed framework versions", () => {
  it.each(Object.entries(MINIMUM_VERSIONS))(
    "%s is at least %s",
    (name, minimum) => {
      const installed = installedVersion(name);
      expect(semver.valid(installed), `${name} ${installed}`).not.toBeNull();
      expect(
        semver.gte(installed, minimum),
        `${name} ${installed} is below the patched ${minimum}: npm install ${name}@latest`,
      ).toBe(true);
    },
  );

  it("compares versions numerically, not as text", () => {
    expect(semver.gte("16.10.0", "16.4.6")).toBe(true);
    expect(semver.gte("16.4.5", "16.4.6")).toBe(false);
    expect(semver.gte("16.4.6-canary.1", "16.4.6")).toBe(false);
  });
});
