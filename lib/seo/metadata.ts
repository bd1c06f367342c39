// Head metadata (Next's Metadata API) for the layout, the index, articles and
// listings: canonical, feed links, robots, Open Graph and Twitter cards. Every
// page built with listingMetadata gets the site's 1200×630 card. Next replaces
// top-level keys rather than merging them, so every page's `alternates` is
// built here with the feed links included.
import type { Metadata } from "next";
import type { Article } from "@/lib/content/article";
import { FEED_LINKS } from "@/lib/seo/feeds";
import { pagePath } from "@/lib/reading/pagination";
import { tagPath, type Tag } from "@/lib/reading/tags";
import { authorPath, type Author } from "@/lib/reading/authors";
import { SOCIAL_CARD_SIZE, siteCardUrl } from "@/lib/seo/social-card";
import { canonicalUrl, isIndexable, isSyndicated } from "@/lib/seo/canonical";
import {
  SITE_HEADLINE,
  SITE_LOCALE,
  SITE_NAME,
  SITE_TAGLINE,
} from "@/lib/site";

export const SITE_TITLE = `${SITE_NAME}: ${SITE_HEADLINE}`;

/** The site's 1200×630 card, for every page that has no card of its own. */
function siteCard() {
  return [{ url: siteCardUrl(), ...SOCIAL_CARD_SIZE, alt: SITE_TITLE }];
}

/**
 * Inherited by every page: feed links, robots, the card type and the site's
 * card (a page that sets its own openGraph or twitter replaces them whole).
 */
export function siteWideMetadata(): Pick<
  Metadata,
  "alternates" | "robots" | "openGraph" | "twitter"
> {
  return {
    alternates: { types: FEED_LINKS },
    robots: isIndexable()
      ? { index: true, follow: true, "max-image-preview": "large" }
      : { index: false, follow: false },
    openGraph: { images: siteCard() },
    twitter: { card: "summary_large_image", images: siteCard() },
  };
}

export function indexMetadata(): Metadata {
  return {
    alternates: { canonical: "/", types: FEED_LINKS },
    openGraph: {
      type: "website",
      url: "/",
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      title: SITE_TITLE,
      description: SITE_TAGLINE,
      images: siteCard(),
    },
  };
}

export function articleMetadata(article: Article): Metadata {
  const canonical = canonicalUrl(article);
  return {
    title: article.title,
    description: article.summary,
    alternates: { canonical, types: FEED_LINKS },
    openGraph: {
      type: "article",
      url: canonical,
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      title: article.title,
      description: article.summary,
      publishedTime: article.date.iso,
      modifiedTime: article.modified.iso,
      authors: [article.author],
      tags: article.tags,
    },
    twitter: {
      card: "summary_large_image",
      title: article.title,
      description: article.summary,
    },
    // Google's guidance for republished pieces: keep them out of Google News.
    ...(isSyndicated(article)
      ? { other: { "Googlebot-News": "noindex" } }
      : {}),
  };
}

interface ListingPage {
  /** Site-relative path of this page, its canonical address. */
  readonly path: string;
  readonly title: string;
  readonly description: string;
  /** Search results are for readers, not for search engines' indexes. */
  readonly indexable?: boolean;
}

/** Tags, tag pages, later index pages, the timeline, authors and search: canonical, feeds and a card. */
export function listingMetadata(page: ListingPage): Metadata {
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: page.path, types: FEED_LINKS },
    openGraph: {
      type: "website",
      url: page.path,
      siteName: SITE_NAME,
      locale: SITE_LOCALE,
      title: page.title,
      description: page.description,
      images: siteCard(),
    },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images: siteCard(),
    },
    ...(page.indexable === false || !isIndexable()
      ? { robots: { index: false, follow: true } }
      : {}),
  };
}

export function tagListingMetadata(tag: Tag, pageNumber: number): Metadata {
  const suffix = pageNumber > 1 ? `, page ${pageNumber}` : "";
  return listingMetadata({
    path: pagePath(tagPath(tag.slug), pageNumber),
    title: `Stories tagged ${tag.name}${suffix}`,
    description: `Busan Ledger stories about ${tag.name}, newest first${suffix}.`,
  });
}

export function authorListingMetadata(
  author: Author,
  pageNumber: number,
): Metadata {
  const suffix = pageNumber > 1 ? `, page ${pageNumber}` : "";
  return listingMetadata({
    path: pagePath(authorPath(author.name), pageNumber),
    title: `Stories by ${author.name}${suffix}`,
    description: `Busan Ledger stories by ${author.name}, newest first${suffix}.`,
  });
}

export function laterIndexPageMetadata(pageNumber: number): Metadata {
  return listingMetadata({
    path: pagePath("/", pageNumber),
    title: `Latest stories, page ${pageNumber}`,
    description: `Busan Ledger stories, newest first, page ${pageNumber}.`,
  });
}
