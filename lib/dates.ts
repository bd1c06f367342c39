// The one date rule. A frontmatter date is either a calendar date (YYYY-MM-DD),
// read as midnight in the site's time zone, or an ISO 8601 instant with an
// explicit offset, whose calendar date is the one written. Nothing here reads
// the machine's TZ, so every page shows the same date wherever it is built.
// Subpath imports: the "date-fns" barrel loads all of its ~250 modules, which
// costs every script and unit test that reaches this file most of a second
// (Next rewrites the barrel the same way in builds).
import { format } from "date-fns/format";
import { formatISO } from "date-fns/formatISO";
import { TZDate } from "@date-fns/tz";
import { SITE_TIME_ZONE } from "@/lib/site";

export interface PublicationDate {
  /** The calendar date in the article's own zone, YYYY-MM-DD. */
  readonly calendarDate: string;
  /** The instant as ISO 8601 with a zone offset, for machines (feeds, JSON-LD, meta). */
  readonly iso: string;
  readonly epochMs: number;
}

/** The latest of some dates, or undefined for none: the one rule for an article's modified date, a listing's and a feed's. */
export function latestDate(
  dates: Iterable<PublicationDate>,
): PublicationDate | undefined {
  let latest: PublicationDate | undefined;
  for (const date of dates)
    if (!latest || date.epochMs > latest.epochMs) latest = date;
  return latest;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DATE_FORMAT_HINT =
  "use YYYY-MM-DD, or ISO 8601 with an offset such as 2022-08-31T09:00:00+09:00";

export function isCalendarDate(
  year: number,
  month: number,
  day: number,
): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** Parses a frontmatter date string; returns null when it is not a real date in a known form. */
export function parsePublicationDate(text: string): PublicationDate | null {
  const calendar = CALENDAR_DATE.exec(text);
  if (calendar) {
    const [year, month, day] = calendar.slice(1).map(Number) as [
      number,
      number,
      number,
    ];
    if (!isCalendarDate(year, month, day)) return null;
    const midnight = new TZDate(year, month - 1, day, SITE_TIME_ZONE);
    return {
      calendarDate: text,
      iso: formatISO(midnight),
      epochMs: midnight.getTime(),
    };
  }
  const instant = INSTANT_WITH_OFFSET.exec(text);
  if (instant) {
    const [year, month, day, hour, minute, second] = instant
      .slice(1, 7)
      .map((part) => Number(part ?? 0));
    if (!isCalendarDate(year ?? 0, month ?? 0, day ?? 0)) return null;
    if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)
      return null;
    const epochMs = Date.parse(text);
    if (Number.isNaN(epochMs)) return null;
    return { calendarDate: text.slice(0, 10), iso: text, epochMs };
  }
  return null;
}

function calendarDateAsUtc(calendarDate: string): TZDate {
  const [year, month, day] = calendarDate.split("-").map(Number) as [
    number,
    number,
    number,
  ];
  return new TZDate(year, month - 1, day, "UTC");
}

/** "1 November 2022": the one human-readable date format, for pages and cards. */
export function formatCalendarDate(calendarDate: string): string {
  return format(calendarDateAsUtc(calendarDate), "d MMMM yyyy");
}

/** The calendar date of an instant in the site's zone, e.g. for "today" in `npm run new`. */
export function calendarDateInSiteZone(instant: Date): string {
  return format(new TZDate(instant.getTime(), SITE_TIME_ZONE), "yyyy-MM-dd");
}

const EVENT_FORMATS = ["yyyy", "MMMM yyyy", "d MMMM yyyy"] as const;

/**
 * A timeline event date at the precision it was written: "2019",
 * "August 2022", "26 August 2022". Built at UTC midnight and formatted in UTC,
 * so the machine's zone cannot move it.
 */
export function formatEventDate(value: string): string {
  const [year = 0, month = 1, day = 1] = value.split("-").map(Number);
  const parts = value.split("-").length;
  const pattern = EVENT_FORMATS[parts - 1] ?? EVENT_FORMATS[2];
  return format(new TZDate(year, month - 1, day, "UTC"), pattern);
}

/** "1 January 2099, 09:00 in Seoul": an instant as an editor in Busan reads it. */
export function formatSiteDateTime(epochMs: number): string {
  return `${format(new TZDate(epochMs, SITE_TIME_ZONE), "d MMMM yyyy, HH:mm")} in Seoul`;
}
