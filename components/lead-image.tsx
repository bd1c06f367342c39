import { getImageProps } from "next/image";
import type { LeadImage as LeadImageData } from "@/lib/content/library";

interface LeadImageProps {
  readonly image: LeadImageData;
}

/**
 * The article's lead image at its intrinsic size (read at build), so the page
 * does not shift as it loads. getImageProps gives next/image's optimised
 * srcset on a plain <img>: the <Image> component would add its client
 * JavaScript to every article page, pictured or not.
 */
export function LeadImage({ image }: LeadImageProps) {
  const { props } = getImageProps({
    src: image.src,
    alt: image.alt,
    width: image.width,
    height: image.height,
    sizes: "(max-width: 46rem) 100vw, 46rem",
    loading: "eager",
    fetchPriority: "high",
  });
  return (
    <figure className="lead-image">
      {/* eslint-disable-next-line @next/next/no-img-element -- these are next/image's own props */}
      <img {...props} alt={image.alt} />
      {image.credit ? <figcaption>{image.credit}</figcaption> : null}
    </figure>
  );
}
