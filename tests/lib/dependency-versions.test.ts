// The React Server Components advisories of 2025–2026 are fixed only in recent
// releases; `npm audit` cannot reach the advisory service on the build machines,
// so this pins the floor instead. Raise the minimums when a new advisory lands.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
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
});

const lockFile = z.object({
  packages: z.record(
    z.string(),
    z.object({
      version: z.string().optional(),
      engines: z.unknown().optional(),
    }),
  ),
});

function readJson(file: string): unknown {
  return JSON.parse(
    fs.readFileSync(path.join(import.meta.dirname, "../..", file), "utf8"),
  );
}

// npm warns EBADENGINE when the Node the README asks for is older than a
// dependency's own floor; every locked package must accept our oldest Node.
describe("the Node version package.json asks for", () => {
  it("satisfies the engines of every locked dependency", () => {
    const ours = z
      .object({ engines: z.object({ node: z.string() }) })
      .parse(readJson("package.json")).engines.node;
    const oldest = semver.minVersion(ours)?.version ?? ours;
    const refused = Object.entries(
      lockFile.parse(readJson("package-lock.json")).packages,
    ).flatMap(([name, entry]) => {
      const node = z.object({ node: z.string() }).safeParse(entry.engines);
      return node.success && !semver.satisfies(oldest, node.data.node)
        ? [`${name}@${entry.version}: node ${node.data.node}`]
        : [];
    });
    expect(refused).toEqual([]);
  });
});
