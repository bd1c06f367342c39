// What `npm run new` leaves for the editor to replace: text starting "TODO".
// One rule for the frontmatter fields, the body lines and the headline prompt.
const PLACEHOLDER = /^TODO\b/;

export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** Body lines (counting from 1) that are still a placeholder, found at parse time so the body need not stay in memory. */
export function placeholderLines(markdown: string): number[] {
  return markdown
    .split("\n")
    .flatMap((line, index) => (isPlaceholder(line) ? [index + 1] : []));
}
