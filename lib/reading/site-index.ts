// The site as readers browse it, built from one published list: articles by
// slug, tags, bylines, related and neighbouring stories, search and the timeline. Each
// part is built on first use and kept for the life of the index. getSiteIndex()
// hands out one index per process in production, replaced when the published
// content changes (an edit, or a scheduled story falling due), and in
// `next dev` one per request (React cache()), so an edit shows on the next reload.
import { cache } from "react";
import type { Article } from "@/lib/content/article";
import { leadImageOf, type LeadImage } from "@/lib/content/library";
import {
  loadPublishedContent,
  type PublishedContent,
} from "@/lib/content/published-content";
import type { ContentFile } from "@/lib/content/library";
import { hasErrors } from "@/lib/content/problems";
import { isPreviewMode } from "@/lib/content/publishing";
import {
  buildRelatedIndex,
  readNext,
  type ReadNext,
  type RelatedIndex,
} from "@/lib/reading/related";
import {
  buildSearchIndex,
  search,
  type SearchOutcome,
  type SearchIndex,
  type SearchQuery,
} from "@/lib/reading/search";
import { buildTagIndex, type Tag } from "@/lib/reading/tags";
import { buildAuthorIndex, type Author } from "@/lib/reading/authors";
import { buildTimeline, type TimelineYear } from "@/lib/reading/timeline";

export class SiteIndex {
  /** Published articles, newest first. */
  readonly articles: readonly Article[];
  /** What the content check finds; only `next dev` serves with errors among them. */
  readonly problems: PublishedContent["problems"];
  /** The revision of the published content this index was built from. */
  readonly revision: number;
  /** Every file read, with its own problems, for the preview's notice and /newsroom. */
  readonly files: readonly ContentFile[];
  readonly #content: PublishedContent;
  readonly #bySlug: ReadonlyMap<string, Article>;
  #tags?: ReadonlyMap<string, Tag>;
  #authors?: ReadonlyMap<string, Author>;
  #related?: RelatedIndex;
  #search?: SearchIndex;
  #timeline?: readonly TimelineYear[];

  constructor(content: PublishedContent) {
    this.#content = content;
    this.articles = content.articles;
    this.problems = content.problems;
    this.revision = content.revision;
    this.files = content.files;
    this.#bySlug = new Map(content.articles.map((a) => [a.slug, a]));
  }

  /** Looks a slug up in the published list: a URL is never turned into a path. */
  article(slug: string): Article | undefined {
    return this.#bySlug.get(slug);
  }

  /** Files left out because they have errors: only `next dev` serves with any (a build fails first). */
  filesWithErrors(): readonly ContentFile[] {
    return this.files.filter((file) => hasErrors(file.problems));
  }

  fileWithErrors(slug: string): ContentFile | undefined {
    return this.filesWithErrors().find((file) => file.slug === slug);
  }

  leadImage(article: Article): LeadImage | undefined {
    return leadImageOf(article, this.#content.images);
  }

  /** Every tag, alphabetically by name. */
  tags(): readonly Tag[] {
    return [...this.#tagIndex().values()];
  }

  tag(slug: string): Tag | undefined {
    return this.#tagIndex().get(slug);
  }

  /** Every byline, in the order of its newest story. */
  authors(): readonly Author[] {
    return [...this.#authorIndex().values()];
  }

  author(slug: string): Author | undefined {
    return this.#authorIndex().get(slug);
  }

  related(article: Article, limit = 3): readonly Article[] {
    return this.#relatedIndex().related(article.slug, limit);
  }

  /** The next older and the next newer story. */
  adjacent(article: Article) {
    return this.#relatedIndex().adjacent(article.slug);
  }

  /** Related and neighbouring stories for an article page, none shown twice. */
  readNext(article: Article): ReadNext {
    return readNext(this.#relatedIndex(), article.slug);
  }

  search(query: SearchQuery): SearchOutcome {
    this.#search ??= buildSearchIndex(this.articles);
    return search(this.#search, query);
  }

  timeline(): readonly TimelineYear[] {
    this.#timeline ??= buildTimeline(this.articles);
    return this.#timeline;
  }

  #tagIndex(): ReadonlyMap<string, Tag> {
    this.#tags ??= buildTagIndex(this.articles);
    return this.#tags;
  }

  #authorIndex(): ReadonlyMap<string, Author> {
    this.#authors ??= buildAuthorIndex(this.articles);
    return this.#authors;
  }

  #relatedIndex(): RelatedIndex {
    this.#related ??= buildRelatedIndex(this.articles);
    return this.#related;
  }
}

let processIndex: SiteIndex | undefined;

const requestIndex = cache(() => new SiteIndex(loadPublishedContent()));

export function getSiteIndex(): SiteIndex {
  if (isPreviewMode()) return requestIndex();
  const content = loadPublishedContent();
  if (processIndex?.revision !== content.revision)
    processIndex = new SiteIndex(content);
  return processIndex;
}
