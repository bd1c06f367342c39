import type { TimelineEvent, TimelineYear } from "@/lib/reading/timeline";
import { formatEventDate } from "@/lib/dates";
import { articlePath } from "@/lib/site";

interface TimelineProps {
  readonly years: readonly TimelineYear[];
}

function EventSource({ event }: { readonly event: TimelineEvent }) {
  return (
    <p className="timeline-source">
      {event.kind === "update"
        ? "Later development, noted in "
        : "Reported in "}
      <a href={articlePath(event.article.slug)}>{event.article.title}</a>
    </p>
  );
}

export function Timeline({ years }: TimelineProps) {
  if (years.length === 0) return <p className="empty">No dated events yet.</p>;
  return years.map(({ year, events }) => (
    <section
      key={year}
      aria-labelledby={`year-${year}`}
      className="timeline-year"
    >
      <h2 id={`year-${year}`}>{year}</h2>
      <ol className="timeline">
        {events.map((event) => (
          <li
            key={`${event.article.slug}-${event.kind}-${event.date}-${event.title}`}
            className={`timeline-${event.kind}`}
          >
            <time dateTime={event.date}>{formatEventDate(event.date)}</time>
            <p className="timeline-title">{event.title}</p>
            <EventSource event={event} />
          </li>
        ))}
      </ol>
    </section>
  ));
}
