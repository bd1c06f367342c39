import Link from "next/link";
import { SITE_NAME, SITE_TAGLINE } from "@/lib/site";

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
          <li>
            <Link href="/">Latest</Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
