// Route helper shared by /authors/<slug> and /authors/<slug>/page/<n>: the
// page a URL asks for (undefined → 404).
import type { Article } from "@/lib/content/article";
import type { Author } from "@/lib/reading/authors";
import { getGroupPage, type Page } from "@/lib/reading/pagination";
import { getSiteIndex } from "@/lib/reading/site-index";

export function getAuthorPage(
  slug: string,
  pageParam: string,
): { author: Author; page: Page<Article> } | undefined {
  const found = getGroupPage(getSiteIndex().author(slug), pageParam);
  return found && { author: found.group, page: found.page };
}
