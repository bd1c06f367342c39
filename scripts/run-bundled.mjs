// `node scripts/run-bundled.mjs <script.ts> [args…]`: runs a TypeScript command
// as one file bundled by esbuild, and reuses that file while none of the ~580
// sources in it has changed. Every `npm run build` starts the content check;
// under tsx, Node spent most of its ~1.1 s resolving, transforming and
// compiling those sources one by one (BENCHMARKS.md, issue 14).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("Usage: node scripts/run-bundled.mjs <script.ts> [args…]");
  process.exit(2);
}

// Beside the content caches (lib/content/cache-files.ts): kept by `rm -rf .next`.
const name = path.basename(entry, path.extname(entry));
const outfile = path.resolve(
  "node_modules/.cache/busan-ledger/bundled",
  `${name}.mjs`,
);
const sourcesFile = outfile.replace(/\.mjs$/, ".sources.json");

const BUILD_OPTIONS = {
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  metafile: true,
  write: false,
  // Bundled CommonJS packages still call require() for Node's own modules.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
};

function hashOf(file) {
  try {
    return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  } catch {
    return undefined;
  }
}

/** Every source's hash when the bundle was made, or undefined when there is none. */
function readSources() {
  try {
    return JSON.parse(fs.readFileSync(sourcesFile, "utf8"));
  } catch {
    return undefined;
  }
}

/** A record that cannot be read, or was made with other options, means bundling again. */
function bundleIsCurrent() {
  const sources = readSources();
  if (
    typeof sources?.hashes !== "object" ||
    sources.hashes === null ||
    sources.options !== JSON.stringify(BUILD_OPTIONS) ||
    !fs.existsSync(outfile)
  )
    return false;
  return Object.entries(sources.hashes).every(
    ([file, hash]) => hashOf(file) === hash,
  );
}

/** Through a temporary file and a rename: builds run side by side (the tests' sites). */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

async function bundle() {
  const { metafile, outputFiles } = await build(BUILD_OPTIONS);
  const hashes = Object.fromEntries(
    Object.keys(metafile.inputs).map((file) => [file, hashOf(file)]),
  );
  for (const output of outputFiles)
    writeAtomically(output.path, output.contents);
  const sources = { options: JSON.stringify(BUILD_OPTIONS), hashes };
  writeAtomically(sourcesFile, JSON.stringify(sources));
}

if (!bundleIsCurrent()) await bundle();

// The script reads its own arguments from process.argv, as it would under tsx.
process.argv = [process.argv[0], path.resolve(entry), ...args];
await import(pathToFileURL(outfile).href);
