// `npm run draw:site-images`: redraws public/site-card.png and public/logo.png
// after a change to their code, fonts or words (scripts/commands/site-images.tsx).
import fs from "node:fs";
import path from "node:path";
import { drawSiteImages } from "./commands/site-images";

async function main() {
  for (const image of await drawSiteImages()) {
    const file = path.join("public", image.path);
    fs.writeFileSync(file, image.bytes);
    console.log(`${file}: ${image.bytes.length} bytes`);
  }
}

void main();
