// A one-second memory of whole HTML pages in front of Next.js, so a page asked
// for many times a second is rendered (or read from Next's ISR cache) once a
// second, not once a request. Next's route matching, cache lookup and response
// pipeline cost ~1 ms of CPU even for a page it has cached; a replay, ~0.1 ms
// (BENCHMARKS.md, "A page memory in the server"). A shared cache
// may keep these pages far longer (their Cache-Control says s-maxage=20); one
// second adds at most a second to a publish's delay (docs/deploy.md). Plain
// JavaScript, since server.mjs runs without a TypeScript step.

import { wholeNumberSetting } from "./settings.mjs";

export const PAGE_MEMORY_MS = 1000;
// Only pages asked for within the last second are worth keeping; this caps
// what a crawl of many distinct pages can hold at once.
export const PAGE_MEMORY_BYTES = 32 * 1024 * 1024;
const MAX_PAGE_BYTES = 512 * 1024;

// Requests that want something other than the plain page, or that Next.js
// must see itself: client navigations (RSC payloads, whose Vary names these
// headers), on-demand revalidation, draft previews, conditional and partial
// requests.
const PASS_THROUGH_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "x-prerender-revalidate",
  "if-none-match",
  "if-modified-since",
  "range",
  "authorization",
];
const DRAFT_COOKIE = "__prerender_bypass";

// Headers that describe one transfer, not the page: Node writes its own.
const TRANSFER_HEADERS = new Set([
  "connection",
  "content-length",
  "date",
  "keep-alive",
  "transfer-encoding",
  // Says whether Next.js's cache answered, which for a replay it did not.
  "x-nextjs-cache",
]);

/**
 * How long a page is remembered: PAGE_MEMORY_MS when unset, 0 to turn the
 * memory off, never longer than 10 s (publishing's promise in docs/deploy.md).
 */
export function pageMemoryMs(setting) {
  return wholeNumberSetting(setting, {
    name: "PAGE_MEMORY_MS",
    unit: "milliseconds",
    min: 0,
    max: 10_000,
    fallback: PAGE_MEMORY_MS,
    hint: "; 0 turns the page memory off",
  });
}

function remembers(request) {
  if (request.method !== "GET") return false;
  const { headers } = request;
  if (PASS_THROUGH_HEADERS.some((name) => headers[name] !== undefined))
    return false;
  return !(headers.cookie ?? "").includes(DRAFT_COOKIE);
}

// Next.js compresses per Accept-Encoding, so each way of asking gets its copy.
function memoryKey(request) {
  const encoding = (request.headers["accept-encoding"] ?? "")
    .toLowerCase()
    .replace(/\s+/g, "");
  return `${request.url} ${encoding}`;
}

// What a shared cache may keep (RFC 9111): a whole 200 page that Next.js did
// not mark private or uncacheable and that sets no cookie.
function keepable(response) {
  if (response.statusCode !== 200) return false;
  if (!String(response.getHeader("content-type") ?? "").startsWith("text/html"))
    return false;
  if (response.getHeader("set-cookie") !== undefined) return false;
  const cacheControl = String(response.getHeader("cache-control") ?? "");
  return !/\b(private|no-store|no-cache)\b/.test(cacheControl);
}

// Names as Next.js spelled them, so a replay reads like the first answer.
function pageHeaders(response) {
  return response
    .getRawHeaderNames()
    .filter((name) => !TRANSFER_HEADERS.has(name.toLowerCase()))
    .map((name) => [name, response.getHeader(name)]);
}

function asBuffer(chunk, encoding) {
  if (typeof chunk === "string")
    return Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
  return Buffer.from(chunk);
}

// A body that did not come through write() and end() (an empty copy, or fewer
// bytes than the response declared) is never replayed: the page would be lost.
function complete(response, bytes) {
  if (bytes === 0 || bytes > MAX_PAGE_BYTES) return false;
  const declared = response.getHeader("content-length");
  return declared === undefined || Number(declared) === bytes;
}

// Node's response has no event for the bytes written, so the body is copied on
// the way through write() and end() of this one response, the way compression
// middleware (Next's own included) wraps them. Whether to copy is decided at
// the first chunk, when the status and headers are set, so scripts, images and
// feeds pass through without a copy.
function copyBody(response, onFinished) {
  const chunks = [];
  let bytes = 0;
  let copying;
  const keep = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function")
      return;
    copying ??= keepable(response);
    if (!copying || bytes > MAX_PAGE_BYTES) return;
    const buffer = asBuffer(chunk, encoding);
    bytes += buffer.length;
    chunks.push(buffer);
  };
  const { write, end } = response;
  response.write = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  response.end = function (chunk, encoding, callback) {
    keep(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };
  response.once("finish", () => {
    if (copying && complete(response, bytes)) onFinished(Buffer.concat(chunks));
  });
}

function replay(response, page) {
  response.statusCode = 200;
  for (const [name, value] of page.headers) response.setHeader(name, value);
  response.end(page.body);
}

/**
 * `handle` answers every request the memory cannot; `now` is the clock in
 * milliseconds (a test's own, or performance.now); `maxBytes` the most page
 * bytes kept at once, the oldest let go first. With `ms` 0 it is `handle`.
 */
export function withPageMemory(
  handle,
  {
    ms = PAGE_MEMORY_MS,
    now = () => performance.now(),
    maxBytes = PAGE_MEMORY_BYTES,
  } = {},
) {
  if (ms === 0) return handle;
  const pages = new Map();
  let heldBytes = 0;

  const forget = (key) => {
    heldBytes -= pages.get(key)?.body.length ?? 0;
    pages.delete(key);
  };
  const remember = (key, page) => {
    forget(key);
    pages.set(key, page);
    heldBytes += page.body.length;
    // A Map iterates in insertion order: the first key is the oldest page.
    while (heldBytes > maxBytes) forget(pages.keys().next().value);
  };

  return (request, response) => {
    if (!remembers(request)) return handle(request, response);
    const key = memoryKey(request);
    const page = pages.get(key);
    if (page && now() < page.expires) return replay(response, page);
    if (page) forget(key);
    const started = now();
    copyBody(response, (body) =>
      remember(key, {
        headers: pageHeaders(response),
        body,
        expires: started + ms,
      }),
    );
    return handle(request, response);
  };
}
