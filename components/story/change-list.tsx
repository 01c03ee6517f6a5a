import Link from "next/link";
import type { ChangeArticle, ChangeRow } from "@/db/queries/changes";
import { SourceCite } from "@/components/source-cite";
import { figureText } from "@/lib/chart-data";
import { formatJalali, formatNumber, type MoneyUnit } from "@/lib/format";
import { articleHref, factHref, projectHref } from "@/lib/links";
import { CHANGES, KIND_LABELS, SOURCE, STORY, statusLabel } from "@/lib/strings";

function What({ c, unit }: { c: ChangeRow; unit: MoneyUnit }) {
  const status = statusLabel;
  if (c.type === "new-project") return <>{status(c.status)}</>;
  if (c.type === "status") return <>{status(c.status)} <span className="text-muted">({c.previousStatus ? `${STORY.before}: ${status(c.previousStatus)}` : CHANGES.firstStatus})</span></>;
  if (!c.figure) return null;
  return (
    <>
      {KIND_LABELS[c.figure.kind]}:{" "}
      <a href={factHref(c.figure.articleId, "amount", c.figure.start)} className="font-bold underline">{figureText(c.figure.valueRial, unit, c.figure.qualifier, null)}</a>
      {c.conflicts.length ? (
        <span className="text-muted" data-testid="change-conflicts">
          {" "}({CHANGES.conflictsWith}: {c.conflicts.map((x, i) => <span key={x.id}>{i ? "، " : ""}<a href={factHref(x.articleId, "amount", x.start)} className="underline">{figureText(x.valueRial, unit, x.qualifier, null)}</a></span>)})
        </span>
      ) : null}
    </>
  );
}

/** One article's additions to the projects' stories, each linked to its sentence. */
export function ChangeList({ items, unit }: { items: ChangeArticle[]; unit: MoneyUnit }) {
  return (
    <ol className="divide-y divide-rule border-y border-rule" data-testid="change-list">
      {items.map(({ article, changes, more }) => (
        <li key={article.id} className="py-4" data-testid="change-article">
          <p className="text-sm font-bold">{formatJalali(article.published) ?? <span className="rounded bg-rule px-2 py-0.5">{SOURCE.undated}</span>}</p>
          <p className="text-sm"><SourceCite a={article} href={articleHref(article.id)} max={90} /></p>
          <ul className="mt-2 space-y-2">
            {changes.map((c) => (
              <li key={c.id} className="text-sm" data-testid="change" data-type={c.type}>
                <span className="me-2 rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent">{CHANGES.type[c.type]}</span>
                <Link href={projectHref(c.projectId)} className="font-bold underline"><bdi>{c.projectName}</bdi></Link>
                {": "}<What c={c} unit={unit} />
                {" "}<a href={factHref(c.articleId, "project", c.mention.start)} className="text-xs text-muted underline" data-testid="change-sentence">«<bdi>{c.mention.quote}</bdi>»</a>
              </li>
            ))}
          </ul>
          {more ? (
            <p className="mt-2 text-sm" data-testid="change-more">
              <Link href={articleHref(article.id)} className="underline">{CHANGES.more(formatNumber(more))}</Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
