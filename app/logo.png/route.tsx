import { ImageResponse } from "next/og";
import { LOGO_SIZE, loadCardFonts } from "@/lib/seo/social-card";

// The publisher logo named in JSON-LD and feeds: drawn once at build, at a stable address.
export const dynamic = "force-static";

export async function GET() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: "#0b5394",
        color: "#ffffff",
        fontFamily: "Source Serif 4",
        fontWeight: 700,
        fontSize: 240,
      }}
    >
      BL
    </div>,
    { ...LOGO_SIZE, fonts: await loadCardFonts() },
  );
}
