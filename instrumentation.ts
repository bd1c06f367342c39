import { getSiteUrl, siteUrlMismatchWarning } from "@/lib/site";

// Next.js calls register() once when a server starts, before it answers.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installRequestGuard } =
      await import("@/lib/server/request-guard-server");
    installRequestGuard();
    warnIfSiteUrlDiffers();
  }
}

function warnIfSiteUrlDiffers(): void {
  const warning = siteUrlMismatchWarning(getSiteUrl(), process.env.SITE_URL);
  if (warning) console.error(warning);
}
