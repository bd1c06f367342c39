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

describe("what followed", () => {
  const articles = newestFirst([
    makeArticle({
      slug: "deal",
      date: "2022-08-31",
      events: ['{ date: "2022-08-30", title: Deal signed }'],
      updates: [
        "{ date: 2023-11-02, note: Founder convicted. }",
        "{ date: 2024-03-28, note: Founder sentenced. An appeal followed. }",
        "{ date: 2024-04-01, note: Assets sold... }",
        "{ date: 2022-11-11, note: Exchange bankrupt. }",
        "{ date: 2022-11-12, note: An earlier version misspelt a name., correction: true }",
      ],
      tags: ["Busan"],
    }),
    makeArticle({
      slug: "later-story",
      date: "2022-11-11",
      events: ['{ date: "2022-11-11", title: Reported that day }'],
      tags: ["Busan"],
    }),
  ]);
  const rows = buildTimeline(articles).flatMap((year) =>
    year.events.map((event) => [
      event.date,
      event.kind,
      event.title,
      event.article.slug,
    ]),
  );

  it("places each update on its date, linked to its story, after events reported that day, a one-sentence note without its full stop", () => {
    expect(rows).toEqual([
      ["2022-08-30", "reported", "Deal signed", "deal"],
      ["2022-11-11", "reported", "Reported that day", "later-story"],
      ["2022-11-11", "update", "Exchange bankrupt", "deal"],
      ["2023-11-02", "update", "Founder convicted", "deal"],
      [
        "2024-03-28",
        "update",
        "Founder sentenced. An appeal followed.",
        "deal",
      ],
      ["2024-04-01", "update", "Assets sold…", "deal"],
    ]);
  });

  it("leaves corrections on their article: they fix the record, not extend it", () => {
    expect(rows.map(([, , title]) => title)).not.toContain(
      "An earlier version misspelt a name.",
    );
  });
});
