// Busan's story as dated events: what the visible articles report (their
// `events` frontmatter) and what followed (their dated update notes; corrections
// fix the record rather than add to it, so they stay on their article). Order is
// chronological by the date as written; within a year, a year-only event comes
// before dated ones ("2022" opens 2022), and a month-only event before the days
// of that month. On the same date reported events come before later updates,
// and ties keep the older article first.
import type { Article } from "@/lib/content/article";

export type TimelineEventKind = "reported" | "update";

export interface TimelineEvent {
  /** As written: 2019, 2022-08 or 2022-08-26. */
  readonly date: string;
  readonly title: string;
  readonly kind: TimelineEventKind;
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

const KIND_ORDER: Record<TimelineEventKind, number> = {
  reported: 0,
  update: 1,
};

function chronologically(a: TimelineEvent, b: TimelineEvent): number {
  const [keyA, keyB] = [sortKey(a.date), sortKey(b.date)];
  const byDate = keyA.reduce(
    (order, part, at) => order || part - (keyB[at] ?? 0),
    0,
  );
  return (
    byDate ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.article.date.epochMs - b.article.date.epochMs
  );
}

/**
 * An update note as a timeline entry: a one-sentence note drops its final full
 * stop to read like the reported events beside it ("FTX filed for
 * bankruptcy"); a note of several sentences is prose and keeps its stops.
 */
function entryTitle(note: string): string {
  const oneSentence = !/[.!?]\s/.test(note);
  return oneSentence && /[^.]\.$/.test(note) ? note.slice(0, -1) : note;
}

function eventsOf(article: Article): TimelineEvent[] {
  const reported = article.events.map((event) => ({
    date: event.date.value,
    title: event.title,
    kind: "reported" as const,
    article,
  }));
  const followed = article.updates
    .filter((update) => !update.correction)
    .map((update) => ({
      date: update.date.calendarDate,
      title: entryTitle(update.note),
      kind: "update" as const,
      article,
    }));
  return [...reported, ...followed];
}

/** A pure function of the article list, so any per-list cache can hold it. */
export function buildTimeline(
  articles: readonly Article[],
): readonly TimelineYear[] {
  const years = new Map<string, TimelineEvent[]>();
  for (const event of articles.flatMap(eventsOf).sort(chronologically)) {
    const year = event.date.slice(0, 4);
    const yearEvents = years.get(year) ?? [];
    yearEvents.push(event);
    years.set(year, yearEvents);
  }
  return [...years].map(([year, events]) => ({ year, events }));
}
