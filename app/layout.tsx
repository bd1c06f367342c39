import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ProblemsNotice } from "@/components/problems-notice";
import { getSiteIndex } from "@/lib/reading/site-index";
import { THEME_COLORS, ThemeScript } from "@/components/theme-script";
import { interfaceFace, textFace } from "@/app/fonts";
import { SITE_TITLE, siteWideMetadata } from "@/lib/seo/metadata";
import { SITE_LANGUAGE, SITE_NAME, SITE_TAGLINE, getSiteUrl } from "@/lib/site";
import "./globals.css";

// Every page is static and re-rendered in the background at most every 10 s
// after a request, so a publish shows without a rebuild (lib/content/live-library
// notices the change; docs/deploy.md gives the end-to-end delay). Route
// handlers (feeds, sitemaps) cannot inherit this and say it themselves.
export const revalidate = 10;

export const metadata: Metadata = {
  metadataBase: new URL(getSiteUrl()),
  title: {
    default: SITE_TITLE,
    template: `%s · ${SITE_NAME}`,
  },
  description: SITE_TAGLINE,
  applicationName: SITE_NAME,
  ...siteWideMetadata(),
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: THEME_COLORS.light },
    { media: "(prefers-color-scheme: dark)", color: THEME_COLORS.dark },
  ],
};

export default function RootLayout({
  children,
}: {
  readonly children: ReactNode;
}) {
  return (
    // The theme script sets data-theme on <html> before React hydrates it.
    <html
      lang={SITE_LANGUAGE}
      className={`${textFace.variable} ${interfaceFace.variable}`}
      suppressHydrationWarning
    >
      <head>
        <ThemeScript />
      </head>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <SiteHeader />
        <ProblemsNotice count={getSiteIndex().filesWithErrors().length} />
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
