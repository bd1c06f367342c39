import type { Article } from "@/lib/content/article";
import { absoluteUrl, articlePath } from "@/lib/site";
import { CopyLinkButton } from "@/components/copy-link-button";

interface ShareLinksProps {
  readonly article: Article;
}

/** Plain, quiet share links: no third-party scripts, nothing loads until the reader clicks. */
export function ShareLinks({ article }: ShareLinksProps) {
  const url = absoluteUrl(articlePath(article.slug));
  const links = [
    {
      label: "Email",
      href: `mailto:?${new URLSearchParams({ subject: article.title, body: url })}`,
    },
    {
      label: "X",
      href: `https://x.com/intent/tweet?${new URLSearchParams({ text: article.title, url })}`,
    },
    {
      label: "LinkedIn",
      href: `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url })}`,
    },
  ];
  return (
    <section aria-labelledby="share-heading" className="share">
      <h2 id="share-heading" className="share-heading">
        Share
      </h2>
      <ul className="share-links">
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
        <li>
          <CopyLinkButton url={url} />
        </li>
      </ul>
    </section>
  );
}
