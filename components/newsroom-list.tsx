import { ArticleDate } from "@/components/article-date";
import { ProblemList } from "@/components/problem-list";
import { formatSiteDateTime } from "@/lib/dates";
import type { NewsroomRow } from "@/lib/content/newsroom";
import { articlePath } from "@/lib/site";

interface NewsroomListProps {
  readonly rows: readonly NewsroomRow[];
}

function StateLabel({ row }: { readonly row: NewsroomRow }) {
  const label =
    row.state === "scheduled" && row.article
      ? `Scheduled for ${formatSiteDateTime(row.article.date.epochMs)}`
      : {
          problems: "Has problems",
          published: "Published",
          draft: "Draft",
          scheduled: "Scheduled",
        }[row.state];
  return <p className={`newsroom-state ${row.state}`}>{label}</p>;
}

function Facts({ row }: { readonly row: NewsroomRow }) {
  const { article } = row;
  if (!article) return null;
  return (
    <dl className="newsroom-facts">
      <dt>Date</dt>
      <dd>
        <ArticleDate date={article.date} />
      </dd>
      {article.modified.epochMs !== article.date.epochMs ? (
        <>
          <dt>Updated</dt>
          <dd>
            <ArticleDate date={article.modified} />
          </dd>
        </>
      ) : null}
      <dt>Words</dt>
      <dd>{article.wordCount.toLocaleString("en-GB")}</dd>
      <dt>Tags</dt>
      <dd>{article.tags.join(", ")}</dd>
    </dl>
  );
}

/** Every file in the content folder: state, problems, dates, length, tags, preview link. */
export function NewsroomList({ rows }: NewsroomListProps) {
  return (
    <ol className="newsroom-list">
      {rows.map((row) => (
        <li key={row.file} className="newsroom-file">
          <StateLabel row={row} />
          <h2>
            <a href={articlePath(row.slug)}>{row.article?.title ?? row.slug}</a>
          </h2>
          <p className="newsroom-path">
            <code>{row.file}</code>
          </p>
          <Facts row={row} />
          {row.problems.length > 0 ? (
            <ProblemList problems={row.problems} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}
