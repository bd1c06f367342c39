// An article's body, loaded when something needs it: the page that renders it,
// a feed item, a search result's snippet, the search index (its words only). An Article holds only this handle, so
// listings, tags, feeds and sitemaps of a 10,000-story archive do not keep
// 10,000 bodies in every process. The library's handle reads the body back
// from the on-disk body cache by content hash (lib/content/body-cache); a pure
// parse (tests, `npm run new`) keeps the text it was given.
import {
  analyzeMarkdown,
  renderMarkdown,
  type BodyAnalysis,
} from "@/lib/content/markdown";
import { searchWordsOf, type SearchWords } from "@/lib/content/search-words";

export interface ArticleBody {
  /** The Markdown as it stood when the article was read. */
  markdown(): string;
  /** The body as plain text: search indexes and quotes it. */
  plainText(): string;
  /** The plain text's folded words and counts: what the search index reads. */
  searchWords(): SearchWords;
  /** The body as sanitized HTML: what its page and the feeds show. */
  html(): string;
}

/** What reading a body yields: the analysis the article and the rules need now, and the body for later. */
export interface BodyRead {
  readonly analysis: BodyAnalysis;
  readonly body: ArticleBody;
}

/** Keeps the body in memory: for a parse with no cache behind it. */
export function readBodyInMemory(markdown: string): BodyRead {
  const analysis = analyzeMarkdown(markdown);
  return {
    analysis,
    body: {
      markdown: () => markdown,
      plainText: () => analysis.plainText,
      searchWords: () => searchWordsOf(analysis.plainText),
      html: () => renderMarkdown(markdown),
    },
  };
}
