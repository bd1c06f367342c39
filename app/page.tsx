import { notFound } from "next/navigation";
import { PagedListing } from "@/components/paged-listing";
import { getVisibleArticles } from "@/lib/content";
import { getPage } from "@/lib/pagination";

export default function HomePage() {
  const page = getPage(getVisibleArticles(), "1");
  if (!page) notFound();
  return <PagedListing heading="Latest from Busan" page={page} basePath="/" />;
}
