import { describe, expect, it } from "vitest";
import { buildTimeline } from "@/lib/reading/timeline";
import { makeArticle, newestFirst } from "../../support/articles";

describe("buildTimeline", () => {
  it("orders events by date, coarser dates first within their year or month", () => {
    const articles = newestFirst([
      makeArticle({
        slug: "later",
        date: "2022-11-01",
        events: [
          '{ date: "2022-08-26", title: Day }',
          '{ date: "2022-08", title: Month }',
        ],
        tags: ["Busan"],
      }),
      makeArticle({
        slug: "earlier",
        date: "2022-09-01",
        events: [
          "{ date: 2022, title: Year }",
          '{ date: "2019", title: Zone }',
        ],
        tags: ["Busan"],
      }),
    ]);
    const years = buildTimeline(articles);
    expect(years.map((year) => year.year)).toEqual(["2019", "2022"]);
    expect(
      years[1]?.events.map((event) => [
        event.date,
        event.title,
        event.article.slug,
      ]),
    ).toEqual([
      ["2022", "Year", "earlier"],
      ["2022-08", "Month", "later"],
      ["2022-08-26", "Day", "later"],
    ]);
  });

  it("is empty when no article has events", () => {
    expect(
      buildTimeline([
        makeArticle({ slug: "x", date: "2022-01-01", tags: ["Busan"] }),
      ]),
    ).toEqual([]);
  });
});
