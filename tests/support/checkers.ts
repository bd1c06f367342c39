// The independent checkers, each a tool nobody here wrote: xmllint with the
// sitemaps.org schema (shipped by the `sitemap` package), Debian's
// python3-feedparser, the W3C Nu validator (vnu-jar) and the jsonld processor.
// `.ci/run` installs the system ones (libxml2-utils, python3-feedparser, Java).
import path from "node:path";
import jsonld from "jsonld";
import { z } from "zod";
import { runCommand } from "./run-command";
import { ROOT } from "./sites";

const SITEMAP_XSD = path.join(ROOT, "node_modules/sitemap/schema/sitemap.xsd");
const VNU_JAR = path.join(ROOT, "node_modules/vnu-jar/build/dist/vnu.jar");

/**
 * xmllint --schema with the sitemaps.org XSD: the problems it reports, [] when valid.
 * Google's news schema is not shipped with the package and this machine has no
 * internet, so <news:news> blocks are cut before validation (the XSD would
 * refuse to guess at them); tests/support/sitemaps.ts checks them field by field.
 */
export async function validateSitemapSchema(xml: string): Promise<string[]> {
  const core = xml.replace(/<news:news>[\s\S]*?<\/news:news>/g, "");
  const result = await runCommand(
    "xmllint",
    ["--noout", "--schema", SITEMAP_XSD, "-"],
    { input: core },
  );
  return result.stderr
    .split("\n")
    .filter((line) => line.trim() && !/ validates$/.test(line));
}

const FEEDPARSER_SCRIPT = `
import json, sys, feedparser
parsed = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
  "bozo": bool(parsed.bozo),
  "bozoException": str(parsed.get("bozo_exception", "")),
  "version": parsed.version,
  "language": parsed.feed.get("language", ""),
  "entries": [{
    "id": e.get("id", ""),
    "title": e.get("title", ""),
    "author": e.get("author", ""),
    "content": "".join(c.value for c in e.get("content", [])),
    "media": [m.get("url", "") for m in e.get("media_content", [])],
  } for e in parsed.entries],
}))
`;

const feedparserResult = z.object({
  bozo: z.boolean(),
  bozoException: z.string(),
  version: z.string(),
  language: z.string(),
  entries: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      author: z.string(),
      content: z.string(),
      media: z.array(z.string()),
    }),
  ),
});

/** The feed as Debian's python3-feedparser reads it (the interpreter is /usr/bin/python3, not a venv's). */
export async function readWithFeedparser(xml: string) {
  const result = await runCommand(
    "/usr/bin/python3",
    ["-c", FEEDPARSER_SCRIPT],
    { input: xml },
  );
  if (result.status !== 0)
    throw new Error(`feedparser failed: ${result.stderr}`);
  return feedparserResult.parse(JSON.parse(result.stdout));
}

const vnuReport = z.object({
  messages: z.array(
    z.object({
      type: z.string(),
      subType: z.string().optional(),
      url: z.string().optional(),
      message: z.string(),
      lastLine: z.number().optional(),
    }),
  ),
});

/** One JVM run of the Nu validator over every file: its errors, [] when all are valid. */
export async function validateHtmlFiles(
  files: readonly string[],
): Promise<string[]> {
  const result = await runCommand("java", [
    "-jar",
    VNU_JAR,
    "--format",
    "json",
    "--errors-only",
    "--exit-zero-always",
    ...files,
  ]);
  return vnuReport
    .parse(JSON.parse(result.stderr))
    .messages.map(
      (message) =>
        `${message.url ?? "?"}:${message.lastLine ?? "?"}: ${message.message}`,
    );
}

// The schema.org context is a remote document and this machine is offline:
// this stand-in maps every term into the schema.org vocabulary, as it does, so
// expansion still checks JSON-LD syntax, keywords and IRIs.
const SCHEMA_ORG_CONTEXT = { "@context": { "@vocab": "https://schema.org/" } };

async function offlineLoader(url: string) {
  if (url.replace(/\/$/, "") !== "https://schema.org")
    throw new Error(`JSON-LD asked for a remote context: ${url}`);
  return {
    contextUrl: undefined,
    document: SCHEMA_ORG_CONTEXT,
    documentUrl: url,
  };
}

const jsonLdBlock = z.record(z.string(), z.unknown());

/**
 * jsonld.expand in safe mode (jsonld 9: it throws where a term or value would
 * be dropped). @types/jsonld predates `safe`, hence the options built apart.
 */
export async function expandJsonLd(value: unknown): Promise<unknown[]> {
  const options = { documentLoader: offlineLoader, safe: true };
  return jsonld.expand(jsonLdBlock.parse(value), options);
}
