import { formatCalendarDate, type PublicationDate } from "@/lib/dates";

interface ArticleDateProps {
  readonly date: PublicationDate;
  readonly prefix?: string;
}

/** The one place a date is shown: formatted on the server, in the article's own zone. */
export function ArticleDate({ date, prefix }: ArticleDateProps) {
  return (
    <time dateTime={date.iso}>
      {prefix}
      {formatCalendarDate(date.calendarDate)}
    </time>
  );
}
