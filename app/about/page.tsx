import type { Metadata } from "next";
import { listingMetadata } from "@/lib/seo/metadata";
import { PageSection } from "@/components/page-section";
import { FEED_PATHS } from "@/lib/seo/feeds";
import { SITE_NAME } from "@/lib/site";

export const metadata: Metadata = listingMetadata({
  path: "/about",
  title: "About",
  description: `What ${SITE_NAME} covers, whose reporting it carries and how to follow it.`,
});

export default function AboutPage() {
  return (
    <PageSection id="about-heading" heading={`About ${SITE_NAME}`}>
      <div className="prose">
        <p>
          {SITE_NAME} follows Busan’s bid to become a blockchain city: its
          blockchain special free zone, its agreements with exchanges such as
          Binance and FTX, the planned Busan Digital Asset Exchange, and what
          became of them.
        </p>
        <h2>Whose reporting this is</h2>
        <p>
          The stories here republish CoinJournal’s reporting, with attribution:
          each one says “Originally published by CoinJournal” under its headline
          and names CoinJournal as its author. The reporting is CoinJournal’s
          work. {SITE_NAME} adds dated notes when later events change the
          picture, and a <a href="/timeline">timeline</a> of what happened and
          what followed.
        </p>
        <h2>How changes are marked</h2>
        <p>
          A story that has changed since it was published says “Updated” and the
          date under its headline, linked to its dated notes. The{" "}
          <a href="/corrections">corrections policy</a> explains how updates and
          corrections are marked.
        </p>
        <h2>Following the site</h2>
        <p>
          New stories appear in the <a href={FEED_PATHS.rss}>RSS</a>,{" "}
          <a href={FEED_PATHS.atom}>Atom</a> and{" "}
          <a href={FEED_PATHS.json}>JSON</a> feeds.
        </p>
      </div>
    </PageSection>
  );
}
