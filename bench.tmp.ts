import { makeArticle, newestFirst } from "./tests/support/articles";
import { relatedArticles } from "@/lib/related";
import { getSearchIndex, parseQuery, search } from "@/lib/search";
const pool = ["Binance", "FTX", "Ports", "Education", "Exchange", "Policy", "Universities", "Mayor"];
const words = "busan blockchain exchange binance ftx harbour mayor digital asset city university token ledger port".split(" ");
let t = Date.now();
const articles = newestFirst(Array.from({ length: 10000 }, (_, n) => makeArticle({
  slug: `s${n}`, date: new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10),
  tags: ["Busan", ...pool.filter((_, i) => (n + i) % (i + 3) === 0)],
  body: Array.from({ length: 400 }, (_, w) => words[(n * 7 + w * 13) % words.length]).join(" ") + (n === 4242 ? " Amy Woo" : ""),
})));
console.log("parse 10k", Date.now() - t, "ms");
t = Date.now();
for (const a of articles) relatedArticles(articles, a.slug);
console.log("related for all 10k", Date.now() - t, "ms");
t = Date.now(); getSearchIndex(articles); console.log("search index", Date.now() - t, "ms");
for (const q of ["Amy Woo", "busan", "\"digital asset\"", "blockchain exchange"]) {
  t = Date.now(); const r = search(articles, parseQuery(q)); console.log(q, r.total, Date.now() - t, "ms");
}
