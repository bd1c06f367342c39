// Listings show PAGE_SIZE articles a page. Page 1 lives at the listing's own
// address (/ or /tags/<tag>); /page/1 redirects there (next.config.mjs), so
// every list has one canonical first page. Pages past the last are not built.
export const PAGE_SIZE = 20;

export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based. */
  readonly number: number;
  readonly count: number;
}

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** The numbers of the pages after the first, for generateStaticParams. */
export function laterPageNumbers(total: number): string[] {
  return Array.from({ length: pageCount(total) - 1 }, (_, at) =>
    String(at + 2),
  );
}

/** The page, or undefined when `param` is not a page number in range (e.g. "01", "2.0", "99"). */
export function getPage<T>(
  items: readonly T[],
  param: string,
): Page<T> | undefined {
  if (!/^[1-9]\d*$/.test(param)) return undefined;
  const number = Number(param);
  const count = pageCount(items.length);
  if (number > count) return undefined;
  const from = (number - 1) * PAGE_SIZE;
  return { items: items.slice(from, from + PAGE_SIZE), number, count };
}

/** Page `param` of a group of stories (a tag, an author); undefined when either is unknown. */
export function getGroupPage<
  G extends { readonly articles: readonly unknown[] },
>(
  group: G | undefined,
  param: string,
): { group: G; page: Page<G["articles"][number]> } | undefined {
  const page = group && getPage(group.articles, param);
  return group && page ? { group, page } : undefined;
}

/** `/page/3` under a listing's base path; page 1 is the base itself. */
export function pagePath(basePath: string, number: number): string {
  if (number === 1) return basePath;
  return `${basePath === "/" ? "" : basePath}/page/${number}`;
}
