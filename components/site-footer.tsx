import { SITE_NAME } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {SITE_NAME} republishes reporting with attribution to its original
        publishers. Articles marked &ldquo;Originally published by
        CoinJournal&rdquo; are CoinJournal&rsquo;s work.
      </p>
    </footer>
  );
}
