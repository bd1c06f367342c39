import type { TimelineYear } from "@/lib/reading/timeline";
import { formatEventDate } from "@/lib/dates";
import { articlePath } from "@/lib/site";

interface TimelineProps {
  readonly years: readonly TimelineYear[];
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
          <li key={`${event.article.slug}-${event.date}-${event.title}`}>
            <time dateTime={event.date}>{formatEventDate(event.date)}</time>
            <p className="timeline-title">{event.title}</p>
            <p className="timeline-source">
              Reported in{" "}
              <a href={articlePath(event.article.slug)}>
                {event.article.title}
              </a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  ));
}
