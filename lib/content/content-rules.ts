// The content rules beyond the schema, as a pure function of the parsed
// files and facts library.ts gathers from disk: slugs that collide, tags
// spelt two ways, TODO placeholders, lead images missing from public/, and
// (from lib/content/body-rules) what is wrong in each body. Body rules run on
// every file, even one whose frontmatter has errors, so one run finds everything.
import type { Article } from "@/lib/content/article";
import {
  checkBody,
  imageFileProblem,
  type BodyFacts,
  type CheckedFile,
} from "@/lib/content/body-rules";
import type { ContentProblem } from "@/lib/content/problems";
import { isPlaceholder } from "@/lib/content/placeholder";
import { tagSlug } from "@/lib/content/tag-slug";

export {
  localImagePaths,
  type CheckedFile,
  type ImageDimensions,
} from "@/lib/content/body-rules";


/** A file whose frontmatter is valid: the rules that read fields take these. */
interface ValidFile extends CheckedFile {
  readonly article: Article;
}

function isValid(file: CheckedFile): file is ValidFile {
  return file.article !== null;
}

function fieldLine(file: CheckedFile, path: readonly PropertyKey[]): number {
  return file.source.positions?.lineOf(path) ?? 1;
}

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
  byFile: readonly ValidFile[],
): Map<string, { spelling: string; file: string }> {
  const uses = new Map<string, { spelling: string; files: string[] }[]>();
  for (const { article, source } of byFile) {
    for (const tag of article.tags) {
      const variants = uses.get(tagSlug(tag)) ?? [];
      const variant = variants.find((entry) => entry.spelling === tag);
      if (variant) variant.files.push(source.file);
      else variants.push({ spelling: tag, files: [source.file] });
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
  files: readonly CheckedFile[],
): ContentProblem[] {
  const byFile = files.filter(isValid);
  const preferred = preferredSpellings(byFile);
  return byFile.flatMap((file) =>
    file.article.tags.flatMap((tag, index): ContentProblem[] => {
      const winner = preferred.get(tagSlug(tag));
      if (!winner || winner.spelling === tag) return [];
      return [
        {
          file: file.source.file,
          line: fieldLine(file, ["tags", index]),
          field: "tags",
          message: `"${tag}" is written "${winner.spelling}" in ${winner.file}`,
          fix: `write it exactly "${winner.spelling}", so the articles share one tag`,
          severity: "error",
        },
      ];
    }),
  );
}

function checkPlaceholders(file: CheckedFile): ContentProblem[] {
  const { article, source } = file;
  // A file with frontmatter errors is not published yet, so it counts as a draft here.
  const draft = article?.draft ?? true;
  const fix = draft
    ? "replace the TODO text before you publish"
    : "replace the TODO text, or set draft: true until it is ready";
  const problem = (field: string, line: number): ContentProblem => ({
    file: source.file,
    line,
    field,
    message: "is still a placeholder",
    fix,
    severity: draft ? "warning" : "error",
  });
  const fields = (["summary", "author", "imageAlt", "imageCredit"] as const)
    .filter((field) => isPlaceholder(article?.[field] ?? ""))
    .map((field) => problem(field, fieldLine(file, [field])));
  const tags = (article?.tags ?? []).flatMap((tag, index) =>
    isPlaceholder(tag) ? [problem("tags", fieldLine(file, ["tags", index]))] : [],
  );
  const body = source.body;
  const bodyLines = body
    ? body.placeholderLines.map((line) => problem("body", body.line + line - 1))
    : [];
  return [...fields, ...tags, ...bodyLines];
}

function checkLeadImage(
  file: CheckedFile,
  images: BodyFacts["images"],
): ContentProblem[] {
  const image = file.article?.image;
  if (!image) return [];
  const problem = imageFileProblem(image, images);
  if (!problem) return [];
  const line = fieldLine(file, ["image"]);
  return [
    {
      file: file.source.file,
      line,
      field: "image",
      ...problem,
      severity: "error",
    },
  ];
}

/** Every rule beyond the schema, on every file read (valid or not), sorted by file name. */
export function checkContent(
  files: readonly CheckedFile[],
  facts: BodyFacts,
): ContentProblem[] {
  const byFile = [...files].sort((a, b) =>
    a.source.file.localeCompare(b.source.file),
  );
  const bySlug = new Map(
    byFile.map((file) => [file.source.slug, file.article]),
  );
  return [
    // In the order read: of two names differing only in case, the second is flagged.
    ...checkSlugCollisions(files.map((file) => file.source.file)),
    ...checkTagSpellings(byFile),
    ...byFile.flatMap((file) => [
      ...checkPlaceholders(file),
      ...checkLeadImage(file, facts.images),
      ...checkBody(file, facts, bySlug),
    ]),
  ];
}
