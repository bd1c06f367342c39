// `npm run new -- "Headline"`: writes content/<slug>.md (or into CONTENT_DIR)
// as a draft dated today in Busan, and prints its path and its preview address
// on the port `npm run dev` uses (PORT, default 3000). The work is in
// scripts/commands/new-article.ts; this file reads the process's state.
import { getContentDir } from "@/lib/content/library";
import { calendarDateInSiteZone } from "@/lib/dates";
import { newArticle } from "./commands/new-article";
import { TERMINAL } from "./commands/output";

process.exitCode = newArticle(
  process.argv.slice(2),
  {
    contentDir: getContentDir(),
    today: calendarDateInSiteZone(new Date()),
    port: process.env.PORT || "3000",
  },
  TERMINAL,
);
