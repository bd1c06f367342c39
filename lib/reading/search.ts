// Full-text search over the published articles, run on the server. The index
// is built once per site index (lib/reading/site-index): for each folded word, the articles holding it
// with a weighted score (title > tags > summary > body). Every term must match;
// "quoted words" must stand together. Articles do not hold their bodies
// (lib/content/article-body): building the index loads each body's search
// words (counted and folded once per body, lib/content/search-words) and keeps
// its folded text for phrase checks; snippets load the plain text of the
// results shown. Only a process that serves /search builds it.
import type { Article } from "@/lib/content/article";
import { searchWordsOf, type SearchWords } from "@/lib/content/search-words";
import { typographic } from "@/lib/content/typography";
import {
  NON_WORD_CHARACTERS,
  WORD_CHARACTER,
  tokenize,
  type Token,
} from "@/lib/text";

/** Longer input is cut, so a hostile query costs no more than a long honest one. */
export const MAX_QUERY_LENGTH = 200;
const MAX_TERMS = 12;
export const MAX_RESULTS = 50;
const SNIPPET_WORDS = 36;
const SNIPPET_LEAD = 10;
const PHRASE_BONUS = 10;
const PHRASE_BONUS_CANDIDATES = 200;

const FIELDS = ["title", "tags", "summary", "body"] as const;
type Field = (typeof FIELDS)[number];
const WEIGHT: Readonly<Record<Field, number>> = {
  title: 8,
  tags: 5,
  summary: 3,
  body: 1,
};
// Repeating a word many times should not outrank a title match.
const MAX_COUNTED_OCCURRENCES = 3;

/** The article's fields as search reads them; the body's words come from the body cache, once per index. */
function searchedFields(
  article: Article,
): Readonly<Record<Field, SearchWords>> {
  return {
    title: searchWordsOf(article.title),
    tags: searchWordsOf(article.tags.join(" · ")),
    summary: searchWordsOf(article.summary),
    body: article.body.searchWords(),
  };
}

export interface SearchTerm {
  /** Folded words; more than one means they must stand together, in order. */
  readonly words: readonly string[];
}

export interface SearchQuery {
  /** The query as the reader typed it, trimmed and cut to MAX_QUERY_LENGTH. */
  readonly text: string;
  readonly terms: readonly SearchTerm[];
}

/** Reads `?q=` whatever arrives: nothing, a string, or a list (`?q=a&q=b` keeps the first). */
export function readQuery(
  param: string | readonly string[] | undefined,
): string {
  const first = typeof param === "string" ? param : param?.[0];
  // Cut by code points, never inside a surrogate pair.
  return Array.from(first ?? "")
    .slice(0, MAX_QUERY_LENGTH)
    .join("")
    .trim();
}

export function parseQuery(text: string): SearchQuery {
  const terms: SearchTerm[] = [];
  for (const match of text.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const quoted = match[1];
    const words = tokenize(quoted ?? match[0]).map((token) => token.word);
    if (quoted !== undefined && words.length > 0) terms.push({ words });
    else terms.push(...words.map((word) => ({ words: [word] })));
  }
  return { text, terms: terms.slice(0, MAX_TERMS) };
}

/** The articles holding one word, by ascending position, with the word's weighted score in each. */
interface Postings {
  readonly articles: Int32Array;
  readonly scores: Uint16Array;
}

export interface SearchIndex {
  readonly articles: readonly Article[];
  /** Folded word → the articles holding it; typed arrays, since 10,000 bodies make millions of pairs. */
  readonly postings: ReadonlyMap<string, Postings>;
  /** Each article's fields, folded, for phrase checks by regular expression. */
  readonly folded: readonly Readonly<Record<Field, string>>[];
}

type GrowingPostings = Map<string, { articles: number[]; scores: number[] }>;

function toPostings(growing: GrowingPostings): Map<string, Postings> {
  const postings = new Map<string, Postings>();
  for (const [word, { articles, scores }] of growing)
    postings.set(word, {
      articles: Int32Array.from(articles),
      scores: Uint16Array.from(scores),
    });
  return postings;
}

/** Adds one article's weighted word scores; articles come in order of position. */
function addArticle(
  growing: GrowingPostings,
  at: number,
  fields: Readonly<Record<Field, SearchWords>>,
): void {
  for (const field of FIELDS) {
    const { words, counts } = fields[field];
    words.forEach((word, i) => {
      const counted = Math.min(counts[i] ?? 0, MAX_COUNTED_OCCURRENCES);
      const score = WEIGHT[field] * counted;
      const docs = growing.get(word) ?? { articles: [], scores: [] };
      growing.set(word, docs);
      // A word an earlier field of this article scored is the last entry.
      const last = docs.articles.length - 1;
      if (docs.articles[last] === at)
        docs.scores[last] = (docs.scores[last] ?? 0) + score;
      else {
        docs.articles.push(at);
        docs.scores.push(score);
      }
    });
  }
}

export function buildSearchIndex(articles: readonly Article[]): SearchIndex {
  const growing: GrowingPostings = new Map();
  const folded = articles.map((article, at) => {
    const fields = searchedFields(article);
    addArticle(growing, at, fields);
    return {
      title: fields.title.folded,
      tags: fields.tags.folded,
      summary: fields.summary.folded,
      body: fields.body.folded,
    };
  });
  return { articles, postings: toPostings(growing), folded };
}

// A phrase is its words with only non-word characters between them, the same
// boundaries tokenize() uses; a regular expression over folded text is far
// cheaper than re-tokenizing every candidate. The folded text has each run of
// non-word characters as one space (lib/content/search-words), which the
// pattern cannot tell from the original run.
// Words come from tokenize(): letters, marks and digits, nothing to escape.
function phrasePattern(words: readonly string[]): RegExp {
  return new RegExp(
    `(?<!${WORD_CHARACTER})${words.join(NON_WORD_CHARACTERS)}(?!${WORD_CHARACTER})`,
    "gu",
  );
}

function phraseScore(index: SearchIndex, at: number, pattern: RegExp): number {
  const fields = index.folded[at];
  if (!fields) return 0;
  return FIELDS.reduce((score, field) => {
    const count = fields[field].match(pattern)?.length ?? 0;
    return score + WEIGHT[field] * Math.min(count, MAX_COUNTED_OCCURRENCES);
  }, 0);
}

/** Articles by ascending position, each with a score: a word's postings, or a term's matches. */
interface Scored {
  readonly articles: ArrayLike<number>;
  readonly scores: ArrayLike<number>;
}

const NO_POSTINGS: Postings = {
  articles: new Int32Array(0),
  scores: new Uint16Array(0),
};

/**
 * The articles every list holds, with their scores summed: one walk along
 * the shortest list, each other list's cursor only moving forward, since
 * all are sorted by position.
 */
function intersect(lists: readonly Scored[]): Scored {
  const [shortest, ...others] = [...lists].sort(
    (a, b) => a.articles.length - b.articles.length,
  );
  const articles: number[] = [];
  const scores: number[] = [];
  const cursors = others.map(() => 0);
  for (let i = 0; i < (shortest?.articles.length ?? 0); i++) {
    const at = shortest?.articles[i] ?? -1;
    let sum = shortest?.scores[i] ?? 0;
    const heldByAll = others.every((list, k) => {
      let cursor = cursors[k] ?? 0;
      while (
        cursor < list.articles.length &&
        (list.articles[cursor] ?? at) < at
      )
        cursor++;
      cursors[k] = cursor;
      sum += list.scores[cursor] ?? 0;
      return list.articles[cursor] === at;
    });
    if (heldByAll) {
      articles.push(at);
      scores.push(sum);
    }
  }
  return { articles, scores };
}

/** A term's articles: a word's postings, or a phrase's articles scored by where it stands together. */
function termScores(index: SearchIndex, term: SearchTerm): Scored {
  const lists = term.words.map(
    (word) => index.postings.get(word) ?? NO_POSTINGS,
  );
  const [only] = lists;
  if (lists.length === 1 && only) return only;
  const pattern = phrasePattern(term.words);
  const articles: number[] = [];
  const scores: number[] = [];
  for (const at of Array.from(intersect(lists).articles)) {
    const score = phraseScore(index, at, pattern);
    if (score === 0) continue;
    articles.push(at);
    scores.push(score);
  }
  return { articles, scores };
}

/** A run of text, marked when it is one of the words searched for. */
export interface TextSegment {
  readonly text: string;
  readonly marked: boolean;
}

export interface SearchResult {
  readonly article: Article;
  readonly title: readonly TextSegment[];
  readonly snippet: readonly TextSegment[];
}

export interface SearchOutcome {
  readonly total: number;
  readonly results: readonly SearchResult[];
}

// Matches apart only by spaces share one mark ("Amy Woo"), so a phrase reads
// as one highlight, not a box per word.
const SPACES_ONLY = /^\s+$/u;

function markWords(
  text: string,
  tokens: readonly Token[],
  words: ReadonlySet<string>,
): TextSegment[] {
  const segments: TextSegment[] = [];
  let from = 0;
  for (const token of tokens) {
    if (!words.has(token.word)) continue;
    const gap = text.slice(from, token.start);
    const last = segments.at(-1);
    if (last?.marked && SPACES_ONLY.test(gap)) {
      segments[segments.length - 1] = {
        text: last.text + gap + text.slice(token.start, token.end),
        marked: true,
      };
    } else {
      if (gap) segments.push({ text: gap, marked: false });
      segments.push({ text: text.slice(token.start, token.end), marked: true });
    }
    from = token.end;
  }
  if (from < text.length)
    segments.push({ text: text.slice(from), marked: false });
  return segments;
}

/** About SNIPPET_WORDS words of the body around its first match, else the summary. */
function snippet(article: Article, words: ReadonlySet<string>): TextSegment[] {
  const body = article.body.plainText();
  const tokens = tokenize(body);
  const hit = tokens.findIndex((token) => words.has(token.word));
  if (hit === -1) {
    return markWords(article.summary, tokenize(article.summary), words);
  }
  const first = Math.max(0, hit - SNIPPET_LEAD);
  const window = tokens.slice(first, first + SNIPPET_WORDS);
  const start = window[0]?.start ?? 0;
  const end = window.at(-1)?.end ?? body.length;
  // The plain text is as written; what readers see of it gets the site's
  // punctuation, and typesetting can shorten it ("--" to "–"), so the window
  // is tokenized again.
  const shown = typographic(body.slice(start, end));
  const segments = markWords(shown, tokenize(shown), words);
  const before = start > 0 ? [{ text: "… ", marked: false }] : [];
  const after = end < body.length ? [{ text: " …", marked: false }] : [];
  return [...before, ...segments, ...after];
}

/**
 * Unquoted words that also stand together (Amy Woo, not "Amy Park … woo-hoo")
 * rank first. Checked for the best PHRASE_BONUS_CANDIDATES only, since it
 * re-reads bodies.
 */
function boostAdjacentWords(
  index: SearchIndex,
  query: SearchQuery,
  totals: Array<readonly [number, number]>,
): void {
  const words = query.terms.flatMap((term) => term.words);
  if (query.terms.length < 2 || words.length !== query.terms.length) return;
  const pattern = phrasePattern(words);
  const head = totals.slice(0, PHRASE_BONUS_CANDIDATES).map(([at, score]) => {
    const bonus = PHRASE_BONUS * phraseScore(index, at, pattern);
    return [at, score + bonus] as const;
  });
  head.sort(([atA, a], [atB, b]) => b - a || atA - atB);
  totals.splice(0, head.length, ...head);
}

export function search(index: SearchIndex, query: SearchQuery): SearchOutcome {
  if (query.terms.length === 0) return { total: 0, results: [] };
  const { articles } = index;
  const matches = intersect(query.terms.map((term) => termScores(index, term)));
  const totals = Array.from(
    matches.articles,
    (at, i) => [at, matches.scores[i] ?? 0] as const,
  );
  // Best score first; ties go to the newer article (a lower position).
  totals.sort(([atA, a], [atB, b]) => b - a || atA - atB);
  boostAdjacentWords(index, query, totals);
  const words = new Set(query.terms.flatMap((term) => term.words));
  const results = totals.slice(0, MAX_RESULTS).flatMap(([at]) => {
    const article = articles[at];
    if (!article) return [];
    return [
      {
        article,
        title: markWords(article.title, tokenize(article.title), words),
        snippet: snippet(article, words),
      },
    ];
  });
  return { total: totals.length, results };
}
