// Busan's story as dated events, gathered from the `events` frontmatter of the
// visible articles. Order is chronological by the date as written; within a
// year, a year-only event comes before dated ones ("2022" opens 2022), and a
// month-only event before the days of that month. Ties keep the older article first.
import type { Article } from "@/lib/content/article";

export interface TimelineEvent {
  /** As written: 2019, 2022-08 or 2022-08-26. */
  readonly date: string;
  readonly title: string;
  readonly article: Article;
}

export interface TimelineYear {
  readonly year: string;
  readonly events: readonly TimelineEvent[];
}

/** Year, month, day as numbers, a missing part as 0 so it sorts first. */
function sortKey(date: string): number[] {
  const [year = 0, month = 0, day = 0] = date.split("-").map(Number);
  return [year, month, day];
}

function chronologically(a: TimelineEvent, b: TimelineEvent): number {
  const [keyA, keyB] = [sortKey(a.date), sortKey(b.date)];
  const byDate = keyA.reduce(
    (order, part, at) => order || part - (keyB[at] ?? 0),
    0,
  );
  return byDate || a.article.date.epochMs - b.article.date.epochMs;
}

export function buildTimeline(
  articles: readonly Article[],
): readonly TimelineYear[] {
  const events = articles
    .flatMap((article) =>
      article.events.map((event) => ({
        date: event.date.value,
        title: event.title,
        article,
      })),
    )
    .sort(chronologically);
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const yearEvents = years.get(year) ?? [];
    yearEvents.push(event);
    years.set(year, yearEvents);
  }
  return [...years].map(([year, yearEvents]) => ({
    year,
    events: yearEvents,
  }));
}
