// JSON-LD (schema.org) for search engines: NewsArticle and BreadcrumbList on
// articles, WebSite and NewsMediaOrganization on the index, ProfilePage on
// author pages, BreadcrumbList on listings. Authors point at their pages. @ids derive from
// addresses (slug-based), so they stay stable across rebuilds and edits.
// serializeJsonLd is the only way out of here: it escapes `<`, `>` and `&` so
// a headline containing `</script>` cannot end the script element.
import type { Article } from "@/lib/content/article";
import { isDrawablePhoto, type LeadImage } from "@/lib/content/library";
import {
  authorUrl,
  isPublisherByline,
  type Author,
} from "@/lib/reading/authors";
import { articleUrl } from "@/lib/seo/canonical";
import {
  LOGO_SIZE,
  PHOTO_CROPS,
  PHOTO_CROP_NAMES,
  articlePhotoCropUrl,
  SOCIAL_CARD_SIZE,
  articleCardUrl,
  logoUrl,
} from "@/lib/seo/social-card";
import {
  SITE_LANGUAGE,
  SITE_NAME,
  SITE_TAGLINE,
  absoluteUrl,
} from "@/lib/site";

export type JsonLdValue =
  | string
  | number
  | boolean
  | readonly JsonLdValue[]
  | { readonly [key: string]: JsonLdValue };

export type JsonLdObject = { readonly [key: string]: JsonLdValue };

export interface JsonLdGraph {
  readonly "@context": string;
  readonly "@graph": readonly JsonLdObject[];
}

const CONTEXT = "https://schema.org";

function organizationId(): string {
  return absoluteUrl("/#organization");
}

function newsMediaOrganization(): JsonLdObject {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(),
    name: SITE_NAME,
    url: absoluteUrl("/"),
    logo: {
      "@type": "ImageObject",
      url: logoUrl(),
      width: LOGO_SIZE.width,
      height: LOGO_SIZE.height,
    },
  };
}

/** The index: the site and the organisation that publishes it. */
export function siteGraph(): JsonLdGraph {
  return {
    "@context": CONTEXT,
    "@graph": [
      {
        "@type": "WebSite",
        "@id": absoluteUrl("/#website"),
        url: absoluteUrl("/"),
        name: SITE_NAME,
        description: SITE_TAGLINE,
        inLanguage: SITE_LANGUAGE,
        publisher: { "@id": organizationId() },
      },
      newsMediaOrganization(),
    ],
  };
}

function authorNode(name: string, isOrganization: boolean): JsonLdObject {
  return {
    "@type": isOrganization ? "Organization" : "Person",
    "@id": `${authorUrl(name)}#author`,
    name,
    url: authorUrl(name),
  };
}

/** A byline that names the original publisher is that organisation; any other is a person. */
function author(article: Article): JsonLdObject {
  return authorNode(article.author, isPublisherByline(article));
}

function syndication(article: Article): JsonLdObject {
  if (!article.source) return {};
  const original = { "@type": "Organization", name: article.source.name };
  return {
    isBasedOn: {
      "@type": "NewsArticle",
      publisher: original,
      ...(article.source.url ? { url: article.source.url } : {}),
    },
    sourceOrganization: original,
  };
}

function imageObject(
  url: string,
  size: { width: number; height: number },
): JsonLdObject {
  return {
    "@type": "ImageObject",
    url,
    width: size.width,
    height: size.height,
  };
}

/**
 * The lead photo when there is one, with its 16:9, 4:3 and 1:1 crops when
 * next/og can draw it, then the 1200 px card every article has.
 */
function images(article: Article, leadImage?: LeadImage): JsonLdObject[] {
  const photo = leadImage
    ? [imageObject(absoluteUrl(leadImage.src), leadImage)]
    : [];
  const crops =
    leadImage && isDrawablePhoto(leadImage)
      ? PHOTO_CROP_NAMES.map((crop) =>
          imageObject(articlePhotoCropUrl(article, crop), PHOTO_CROPS[crop]),
        )
      : [];
  return [
    ...photo,
    ...crops,
    imageObject(articleCardUrl(article), SOCIAL_CARD_SIZE),
  ];
}

function newsArticle(article: Article, leadImage?: LeadImage): JsonLdObject {
  const url = articleUrl(article);
  return {
    "@type": "NewsArticle",
    "@id": `${url}#article`,
    headline: article.title,
    description: article.summary,
    datePublished: article.date.iso,
    dateModified: article.modified.iso,
    author: [author(article)],
    publisher: newsMediaOrganization(),
    image: images(article, leadImage),
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    keywords: article.tags,
    inLanguage: SITE_LANGUAGE,
    ...syndication(article),
  };
}

export interface Crumb {
  readonly name: string;
  /** Site-relative path or absolute URL. */
  readonly path: string;
}

/** Home first, then each crumb down to the page itself (the last one). */
function breadcrumbs(trail: readonly Crumb[]): JsonLdObject {
  const crumbs = [{ name: SITE_NAME, path: "/" }, ...trail];
  const url = (path: string) =>
    path.startsWith("/") ? absoluteUrl(path) : path;
  return {
    "@type": "BreadcrumbList",
    "@id": `${url(crumbs[crumbs.length - 1]?.path ?? "/")}#breadcrumbs`,
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: url(crumb.path),
    })),
  };
}

/** A listing (tags, a tag, the timeline): where it sits under the home page. */
export function listingGraph(trail: readonly Crumb[]): JsonLdGraph {
  return { "@context": CONTEXT, "@graph": [breadcrumbs(trail)] };
}

/** An author's page: the profile of the person or organisation behind a byline. */
export function profileGraph(
  author: Author,
  trail: readonly Crumb[],
): JsonLdGraph {
  const url = authorUrl(author.name);
  return {
    "@context": CONTEXT,
    "@graph": [
      {
        "@type": "ProfilePage",
        "@id": url,
        url,
        name: `Stories by ${author.name}`,
        inLanguage: SITE_LANGUAGE,
        isPartOf: { "@id": absoluteUrl("/#website") },
        mainEntity: authorNode(author.name, author.isOrganization),
      },
      breadcrumbs(trail),
    ],
  };
}

export function articleGraph(
  article: Article,
  leadImage?: LeadImage,
): JsonLdGraph {
  return {
    "@context": CONTEXT,
    "@graph": [
      newsArticle(article, leadImage),
      breadcrumbs([{ name: article.title, path: articleUrl(article) }]),
    ],
  };
}

/**
 * One block per node, each with its own @context: some structured-data readers
 * look at each <script> on its own and never descend into @graph. The nodes
 * still refer to each other by @id.
 */
export function jsonLdBlocks(graph: JsonLdGraph): JsonLdObject[] {
  return graph["@graph"].map((node) => ({
    "@context": graph["@context"],
    ...node,
  }));
}

/** JSON that is safe inside <script>: JSON.parse returns the same value, and no markup can end the element. */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
