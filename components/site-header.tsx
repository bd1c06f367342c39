import { PageLink } from "@/components/page-link";
import { ThemeToggle } from "@/components/theme-script";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";

const NAV_LINKS = [
  { href: "/", label: "Latest" },
  { href: "/timeline", label: "Timeline" },
  { href: "/tags", label: "Tags" },
  { href: "/search", label: "Search" },
] as const;

// Compact on purpose: on a phone the masthead is two short rows, so an
// article's headline, standfirst and first lines fit the first screen. Search
// is a link to its page, not a form on every page.
// The nav is plain links: next/link's code ships with the framework runtime
// either way (docs/performance.md, "JavaScript per page"), and a plain link
// never prefetches.
export function SiteHeader() {
  return (
    <header className="masthead">
      <div className="masthead-inner">
        <p className="site-name">
          <PageLink href="/">{SITE_NAME}</PageLink>
        </p>
        <p className="tagline">{SITE_TAGLINE}</p>
        <ThemeToggle />
      </div>
      <nav aria-label="Main" className="site-nav">
        <ul>
          {NAV_LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
