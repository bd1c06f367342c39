import type { Metadata } from "next";
import { listingMetadata } from "@/lib/seo/metadata";
import { PageSection } from "@/components/page-section";
import { SITE_NAME, getContactEmail } from "@/lib/site";

export const metadata: Metadata = listingMetadata({
  path: "/corrections",
  title: "Corrections policy",
  description: `How ${SITE_NAME} marks updates and corrections, and how to report an error.`,
});

export default function CorrectionsPage() {
  const contactEmail = getContactEmail();
  return (
    <PageSection id="corrections-heading" heading="Corrections policy">
      <div className="prose">
        <p>
          {SITE_NAME} does not silently rewrite a published story. Every change
          a reader should know about is dated and shown.
        </p>
        <h2>Updates</h2>
        <p>
          When something happens after a story is published that changes the
          picture — an exchange fails, a founder is convicted — we add a dated{" "}
          <strong>Update</strong> at the end of the story. Updates also appear
          on the <a href="/timeline">timeline</a>, linked to the story.
        </p>
        <h2>Corrections</h2>
        <p>
          When a story gets something wrong, we add a dated{" "}
          <strong>Correction</strong> saying what was wrong. Corrections are
          labelled and set apart from updates, so the two cannot be confused.
        </p>
        <p>
          Either way, the story shows “Updated” and the date under its headline,
          linked to its notes, and the new date goes to its feeds and search
          engines.
        </p>
        {/* With no SITE_CONTACT_EMAIL there is no address to give, so no section. */}
        {contactEmail ? (
          <>
            <h2>Reporting an error</h2>
            <p>
              Write to <a href={`mailto:${contactEmail}`}>{contactEmail}</a>,
              naming the story and what is wrong.
            </p>
          </>
        ) : null}
      </div>
    </PageSection>
  );
}
