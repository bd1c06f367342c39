// The content rules beyond the schema, as a pure function of the parsed
// articles and facts content.ts gathers from disk: slugs that collide, tags
// spelt two ways, TODO placeholders, lead images missing from public/, and
// (from lib/content/body-rules) what is wrong in each body.
import type { Article } from "@/lib/content/article";
import { checkBody, imageFileProblem, type BodyFacts } from "@/lib/content/body-rules";
import type { ContentProblem } from "@/lib/content/problems";
import { tagSlug } from "@/lib/content/tag-slug";

export { localImagePaths, type ImageDimensions } from "@/lib/content/body-rules";

export interface ContentFacts extends BodyFacts {
  /** Every Markdown file read, as displayed in messages, valid or not. */
  readonly files: readonly string[];
}

const PLACEHOLDER = /^TODO\b/;

type Rule = (article: Article) => ContentProblem[];

/** The slug as a file-name key: files differing only in case are one file on macOS and Windows. */
function fileKey(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).toLowerCase();
}

export function checkSlugCollisions(
  files: readonly string[],
): ContentProblem[] {
  const firstByKey = new Map<string, string>();
  return files.flatMap((file) => {
    const first = firstByKey.get(fileKey(file));
    if (first === undefined) {
      firstByKey.set(fileKey(file), file);
      return [];
    }
    return [
      {
        file,
        line: 1,
        field: "file name",
        message: `has the same slug as ${first}`,
        fix: "give each article its own file name; names that differ only in case are the same file on macOS and Windows",
        severity: "error",
      },
    ];
  });
}

/** The spelling most articles use wins; on a tie, the one in the first file. */
function preferredSpellings(
  byFile: readonly Article[],
): Map<string, { spelling: string; file: string }> {
  const uses = new Map<string, { spelling: string; files: string[] }[]>();
  for (const article of byFile) {
    for (const tag of article.tags) {
      const variants = uses.get(tagSlug(tag)) ?? [];
      const variant = variants.find((entry) => entry.spelling === tag);
      if (variant) variant.files.push(article.file);
      else variants.push({ spelling: tag, files: [article.file] });
      uses.set(tagSlug(tag), variants);
    }
  }
  return new Map(
    [...uses].map(([key, variants]) => {
      const best = variants.reduce((winner, candidate) =>
        candidate.files.length > winner.files.length ? candidate : winner,
      );
      return [key, { spelling: best.spelling, file: best.files[0] ?? "" }];
    }),
  );
}

export function checkTagSpellings(
  articles: readonly Article[],
): ContentProblem[] {
  const byFile = [...articles].sort((a, b) => a.file.localeCompare(b.file));
  const preferred = preferredSpellings(byFile);
  return byFile.flatMap((article) =>
    article.tags.flatMap((tag, index): ContentProblem[] => {
      const winner = preferred.get(tagSlug(tag));
      if (!winner || winner.spelling === tag) return [];
      return [
        {
          file: article.file,
          line: article.lines.tags[index] ?? article.lines.fields.tags ?? 1,
          field: "tags",
          message: `"${tag}" is written "${winner.spelling}" in ${winner.file}`,
          fix: `write it exactly "${winner.spelling}", so the articles share one tag`,
          severity: "error",
        },
      ];
    }),
  );
}

function checkPlaceholders(article: Article): ContentProblem[] {
  const fix = article.draft
    ? "replace the TODO text before you publish"
    : "replace the TODO text, or set draft: true until it is ready";
  const problem = (field: string, line: number): ContentProblem => ({
    file: article.file,
    line,
    field,
    message: "is still a placeholder",
    fix,
    severity: article.draft ? "warning" : "error",
  });
  const fields = (["summary", "author", "imageAlt", "imageCredit"] as const)
    .filter((field) => PLACEHOLDER.test(article[field] ?? ""))
    .map((field) => problem(field, article.lines.fields[field] ?? 1));
  const tags = article.tags.flatMap((tag, index) =>
    PLACEHOLDER.test(tag)
      ? [problem("tags", article.lines.tags[index] ?? 1)]
      : [],
  );
  const body = article.markdown
    .split("\n")
    .flatMap((line, index) =>
      PLACEHOLDER.test(line.trim())
        ? [problem("body", article.lines.body + index)]
        : [],
    );
  return [...fields, ...tags, ...body];
}

function checkLeadImage(
  article: Article,
  images: BodyFacts["images"],
): ContentProblem[] {
  if (!article.image) return [];
  const problem = imageFileProblem(article.image, images);
  if (!problem) return [];
  const line = article.lines.fields.image ?? 1;
  return [
    { file: article.file, line, field: "image", ...problem, severity: "error" },
  ];
}

export function checkContent(
  articles: readonly Article[],
  facts: ContentFacts,
): ContentProblem[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const perArticle: Rule = (article) => [
    ...checkPlaceholders(article),
    ...checkLeadImage(article, facts.images),
    ...checkBody(article, facts, bySlug),
  ];
  return [
    ...checkSlugCollisions(facts.files),
    ...checkTagSpellings(articles),
    ...[...articles]
      .sort((a, b) => a.file.localeCompare(b.file))
      .flatMap(perArticle),
  ];
}
