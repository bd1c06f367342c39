// The site card and the logo are committed under public/, drawn by
// scripts/commands/site-images.tsx: this fails when the committed files are not
// what that code draws now (a changed tagline, card design, font or next/og),
// and says how to redraw them.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { drawSiteImages } from "../../scripts/commands/site-images";

describe("the committed site images", () => {
  it("are what scripts/commands/site-images.tsx draws (else: npm run draw:site-images)", async () => {
    const images = await drawSiteImages();
    expect(images.map((image) => image.path)).toEqual([
      "/site-card.png",
      "/logo.png",
    ]);
    for (const image of images) {
      const committed = new Uint8Array(
        fs.readFileSync(path.join("public", image.path)),
      );
      expect(committed, image.path).toEqual(image.bytes);
    }
  }, 30_000);
});
