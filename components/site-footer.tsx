import { FEED_PATHS } from "@/lib/seo/feeds";
import { SITE_NAME } from "@/lib/site";

const FOOTER_LINKS = [
  { href: "/about", label: "About" },
  { href: "/corrections", label: "Corrections policy" },
  { href: FEED_PATHS.rss, label: "RSS feed" },
  { href: FEED_PATHS.atom, label: "Atom feed" },
  { href: FEED_PATHS.json, label: "JSON Feed" },
] as const;

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <nav aria-label="About and feeds" className="footer-nav">
        <ul>
          {FOOTER_LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p>
        {SITE_NAME} republishes reporting with attribution to its original
        publishers. Articles marked &ldquo;Originally published by
        CoinJournal&rdquo; are CoinJournal&rsquo;s work.
      </p>
    </footer>
  );
}
