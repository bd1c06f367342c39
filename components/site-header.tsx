import Link from "next/link";
import { SearchForm } from "@/components/search-form";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";

const NAV_LINKS = [
  { href: "/", label: "Latest" },
  { href: "/tags", label: "Tags" },
  { href: "/timeline", label: "Timeline" },
  { href: "/search", label: "Search" },
] as const;

// Measured: next/link's code ships with the framework runtime either way, so
// plain links here do not lighten a page (see docs/performance.md, "JavaScript per page").
export function SiteHeader() {
  return (
    <header className="masthead">
      <div className="masthead-inner">
        <p className="site-name">
          <Link href="/">{SITE_NAME}</Link>
        </p>
        <p className="tagline">{SITE_TAGLINE}</p>
      </div>
      <nav aria-label="Main" className="site-nav">
        <ul>
          {NAV_LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
        <SearchForm
          id="site-search"
          label="Search the site"
          className="search-form site-search"
        />
      </nav>
    </header>
  );
}
