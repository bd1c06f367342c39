// Writes N realistic synthetic articles (about 800 words each, headings,
// quotes, links and lists; 3–5 tags from a pool of 50; dates spread over ten
// years) into a folder. Deterministic: the same count and seed give the same
// files, so the benchmark and the CI budget test measure the same archive.
import fs from "node:fs";
import path from "node:path";

const TAG_POOL = [
  "Busan",
  "Binance",
  "FTX",
  "Busan Digital Asset Exchange",
  "Regulation",
  "Stablecoins",
  "Bitcoin",
  "Ethereum",
  "Tokenisation",
  "Central Bank",
  "Financial Services Commission",
  "Seoul",
  "Free Zone",
  "Smart City",
  "Ports",
  "Shipping",
  "Logistics",
  "Real Estate",
  "Tourism",
  "Education",
  "Startups",
  "Venture Capital",
  "Exchanges",
  "Custody",
  "Security Tokens",
  "NFTs",
  "DeFi",
  "Payments",
  "CBDC",
  "Mayor",
  "City Council",
  "National Assembly",
  "Taxation",
  "Compliance",
  "AML",
  "Upbit",
  "Bithumb",
  "Korbit",
  "Coinone",
  "Terra",
  "Bankruptcy",
  "Courts",
  "Investors",
  "Banks",
  "Fintech",
  "Blockchain Week",
  "Conferences",
  "Partnerships",
  "Research",
  "Opinion",
] as const;

const WORDS = (
  "the city said its exchange would open to institutional investors first while regulators " +
  "reviewed listing rules for digital assets and officials in Busan argued that a clear " +
  "framework could draw trading firms custody providers and developers to the port which " +
  "already handles much of the country's container traffic critics questioned whether a " +
  "regional market could compete with Seoul or with offshore venues and pointed to the " +
  "collapse of large platforms as a reason for caution the council approved a budget for " +
  "pilot projects covering payments logistics records and tokenised real estate as part " +
  "of a plan announced after the special free zone was designated in 2019"
).split(" ");

const AUTHORS = ["CoinJournal", "Staff reporter", "Kim Ji-woo", "Park Min-jun"];
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAY_MS = 86_400_000;
const SPAN_DAYS = 3650;

/** mulberry32: a tiny seeded PRNG, enough for reproducible fixtures. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  const item = list[Math.floor(random() * list.length)];
  if (item === undefined) throw new Error("pick() from an empty list");
  return item;
}

function words(random: () => number, count: number): string {
  return Array.from({ length: count }, () => pick(random, WORDS)).join(" ");
}

function sentence(random: () => number): string {
  const text = words(random, 12 + Math.floor(random() * 10));
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number, index: number): string {
  const sentences = Array.from({ length: 4 }, () => sentence(random));
  if (index % 2 === 0) {
    sentences[1] = `According to [the city's announcement](https://example.com/busan/${index}), ${sentences[1]}`;
  }
  return sentences.join(" ");
}

function body(random: () => number): string {
  const blocks: string[] = [];
  for (let section = 0; section < 4; section += 1) {
    blocks.push(
      `## ${sentence(random)
        .slice(0, 48)
        .replace(/[.\s]+$/, "")}`,
    );
    blocks.push(paragraph(random, section * 3));
    blocks.push(paragraph(random, section * 3 + 1));
    if (section === 1) blocks.push(`> ${sentence(random)} ${sentence(random)}`);
    if (section === 2) {
      blocks.push(
        ["- ", "- ", "- "]
          .map((bullet) => bullet + sentence(random))
          .join("\n"),
      );
    }
    blocks.push(paragraph(random, section * 3 + 2));
  }
  return blocks.join("\n\n");
}

function calendarDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

function frontmatter(random: () => number, index: number): string {
  const title = sentence(random)
    .slice(0, 70)
    .replace(/[.\s]+$/, "");
  const date = calendarDate(
    FIRST_DAY + Math.floor(random() * SPAN_DAYS) * DAY_MS,
  );
  const tagCount = 3 + Math.floor(random() * 3);
  const tags = new Set<string>();
  while (tags.size < tagCount) tags.add(pick(random, TAG_POOL));
  return [
    "---",
    `title: ${JSON.stringify(`${title} (${index + 1})`)}`,
    `date: ${date}`,
    `summary: ${JSON.stringify(sentence(random).slice(0, 180))}`,
    `author: ${pick(random, AUTHORS)}`,
    "tags:",
    ...[...tags].map((tag) => `  - ${tag}`),
    "---",
  ].join("\n");
}

export function articleFileName(index: number): string {
  return `synthetic-article-${String(index + 1).padStart(5, "0")}.md`;
}

/** Replaces dir's contents with `count` articles; returns their slugs in file order. */
export function generateArticles(
  dir: string,
  count: number,
  seed = 2022,
): string[] {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const random = createRandom(seed);
  const slugs: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const name = articleFileName(index);
    fs.writeFileSync(
      path.join(dir, name),
      `${frontmatter(random, index)}\n\n${body(random)}\n`,
    );
    slugs.push(name.replace(/\.md$/, ""));
  }
  return slugs;
}
