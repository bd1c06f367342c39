import Image from "next/image";
import type { LeadImage as LeadImageData } from "@/lib/content";

interface LeadImageProps {
  readonly image: LeadImageData;
}

/** The article's lead image at its intrinsic size (read at build), so the page does not shift as it loads. */
export function LeadImage({ image }: LeadImageProps) {
  return (
    <figure className="lead-image">
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(max-width: 46rem) 100vw, 46rem"
        loading="eager"
        fetchPriority="high"
      />
      {image.credit ? <figcaption>{image.credit}</figcaption> : null}
    </figure>
  );
}
