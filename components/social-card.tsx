import { SITE_NAME } from "@/lib/site";

interface SocialCardProps {
  readonly headline: string;
  /** A line under the headline: the date for articles, the tagline for the index. */
  readonly detail: string;
  readonly kicker?: string;
  /** The article's lead photo (a data: URL), drawn beside the text. */
  readonly photo?: string;
}

/** A box that fills the image, for next/og's drawings (cards and the logo). */
export const FILL_IMAGE = {
  width: "100%",
  height: "100%",
  display: "flex",
} as const;

// Drawn by next/og (satori): inline styles only, every element with children is a flex box.
// Colours follow app/globals.css (light theme).
export function SocialCard({
  headline,
  detail,
  kicker,
  photo,
}: SocialCardProps) {
  const text = (
    <CardText
      headline={headline}
      detail={detail}
      kicker={kicker}
      compact={photo !== undefined}
    />
  );
  if (!photo) return text;
  return (
    <div style={FILL_IMAGE}>
      <div style={{ display: "flex", width: 720, height: "100%" }}>{text}</div>
      {/* eslint-disable-next-line @next/next/no-img-element -- satori draws plain <img> */}
      <img
        src={photo}
        alt=""
        width={480}
        height={630}
        style={{ width: 480, height: 630, objectFit: "cover" }}
      />
    </div>
  );
}

function CardText({
  headline,
  detail,
  kicker,
  compact,
}: Omit<SocialCardProps, "photo"> & { readonly compact: boolean }) {
  const headlineSize = compact
    ? headline.length > 70
      ? 40
      : 48
    : headline.length > 90
      ? 52
      : 64;
  return (
    <div
      style={{
        ...FILL_IMAGE,
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#fbfaf7",
        color: "#1b1c1f",
        fontFamily: "Source Serif 4",
        borderTop: "18px solid #0b5394",
      }}
    >
      <div style={{ display: "flex", fontSize: 34, fontWeight: 700 }}>
        {SITE_NAME}
      </div>
      <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
        {kicker ? (
          <div style={{ display: "flex", fontSize: 28, color: "#0b5394" }}>
            {kicker}
          </div>
        ) : null}
        <div
          style={{
            display: "block",
            fontSize: headlineSize,
            fontWeight: 700,
            lineHeight: 1.15,
            lineClamp: 4,
          }}
        >
          {headline}
        </div>
      </div>
      <div
        style={{
          display: "flex",
          fontSize: 30,
          color: "#4d5159",
          borderTop: "2px solid #d9d5cc",
          paddingTop: 24,
        }}
      >
        {detail}
      </div>
    </div>
  );
}
