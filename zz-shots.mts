import { launchChromium } from "./scripts/support/chromium.ts";
const base = process.argv[2] ?? "http://127.0.0.1:3555";
const browser = await launchChromium();
const pages = ["/", "/articles/busan-announces-partnership-with-ftx", "/about"];
for (const scheme of ["light", "dark"] as const) {
  for (const width of [375, 1280]) {
    const ctx = await browser.newContext({ viewport: { width, height: width === 375 ? 812 : 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    for (const p of pages) {
      await page.goto(base + p, { waitUntil: "networkidle" });
      const name = `/tmp/shot-${scheme}-${width}-${p === "/" ? "index" : p.split("/").pop()}.png`;
      await page.screenshot({ path: name });
      const info = await page.evaluate(() => {
        const para = document.querySelector("article p, main p");
        const r = para?.getBoundingClientRect();
        const og = document.querySelector('meta[property="og:image"]')?.getAttribute("content");
        return { firstParaTop: r ? Math.round(r.top) : null, og };
      });
      console.log(name, JSON.stringify(info));
    }
    await ctx.close();
  }
}
await browser.close();
