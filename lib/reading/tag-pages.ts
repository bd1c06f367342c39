// Route helpers shared by /tags/<tag> and /tags/<tag>/page/<n>: which pages
// exist, and the page a URL asks for (undefined → 404).
import { getGroupPage, type Page } from "@/lib/reading/pagination";
import type { Article } from "@/lib/content/article";
import { getSiteIndex } from "@/lib/reading/site-index";
import type { Tag } from "@/lib/reading/tags";

export function getTagPage(
  slug: string,
  pageParam: string,
): { tag: Tag; page: Page<Article> } | undefined {
  const found = getGroupPage(getSiteIndex().tag(slug), pageParam);
  return found && { tag: found.group, page: found.page };
}
