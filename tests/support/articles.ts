import { parseArticle, type Article } from "@/lib/article";

/** Parses an article from frontmatter lines, failing the test with its problems. */
export function makeArticle(
  slug: string,
  frontmatter: string,
  body = "Body.",
): Article {
  const { article, problems } = parseArticle(
    `---\n${frontmatter.trim()}\n---\n\n${body}\n`,
    `${slug}.md`,
  );
  if (!article)
    throw new Error(problems.map((p) => `${p.field}: ${p.message}`).join("; "));
  return article;
}
