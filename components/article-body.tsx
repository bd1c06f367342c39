interface ArticleBodyProps {
  /** Sanitized HTML from lib/content/markdown; this is the only component that injects HTML. */
  readonly html: string;
}

export function ArticleBody({ html }: ArticleBodyProps) {
  return <div className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
