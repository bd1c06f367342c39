import Link from "next/link";
import type { ComponentProps } from "react";

// next/link without prefetching. By default every link in the viewport fetches
// its page's React Server Components payload as soon as the page has loaded:
// four or five requests on an article or the index, each parsed on the main
// thread while a phone is still hydrating, for pages most readers never open.
// Measured in BENCHMARKS.md ("Lighthouse on a phone", issue 11). A click still
// navigates without a full reload.
export function PageLink(props: ComponentProps<typeof Link>) {
  return <Link {...props} prefetch={false} />;
}
