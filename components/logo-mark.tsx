// The publisher logo named in JSON-LD and feeds: the site's initials on its
// link blue. Drawn by next/og (satori), so inline styles and a flex box.
import { FILL_IMAGE } from "@/components/social-card";

export function LogoMark() {
  return (
    <div
      style={{
        ...FILL_IMAGE,
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
    </div>
  );
}
