import type { getProject } from "@/db/queries/projects";
import { sentenceAround } from "@/lib/article-view";
import type { ProjectStatus } from "@/lib/extract/types";
import { formatJalali } from "@/lib/format";
import { factHref } from "@/lib/links";
import { SourceCite } from "@/components/source-cite";
import { STATUS_LABELS, STORY } from "@/lib/strings";
import { StatusBadge } from "@/components/projects/project-card";

type Mention = NonNullable<ReturnType<typeof getProject>>["mentions"][number] & { previousStatus: ProjectStatus | null };

function Item({ m }: { m: Mention }) {
  const [s, e] = sentenceAround(m.article.text, m.start);
  const to = Math.max(e, m.end);
  const changed = m.status !== null && m.previousStatus !== null && m.status !== m.previousStatus;
  return (
    <li className="relative border-s-2 border-accent ps-4 pb-5" data-testid="timeline-item" data-dated={m.article.published ? "yes" : "no"}>
      <span className="absolute -start-[7px] top-2 size-3 rounded-full bg-accent" aria-hidden />
      <p className="text-sm font-bold" data-testid="timeline-date">{formatJalali(m.article.published) ?? STORY.undated}</p>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted">{STORY.statusAt}:</span> <StatusBadge status={m.status} />
        {changed && m.previousStatus ? <span className="text-xs text-muted" data-testid="status-change">{STORY.statusChanged} ({STORY.before}: {STATUS_LABELS[m.previousStatus]})</span> : null}
      </p>
      <blockquote className="mt-2 border-s-4 border-rule bg-white p-2 text-[0.95rem] leading-[2]">
        <bdi>{m.article.text.slice(s, m.start)}<mark className="rounded bg-mark px-0.5">{m.article.text.slice(m.start, m.end)}</mark>{m.article.text.slice(m.end, to)}</bdi>
      </blockquote>
      <p className="mt-1 text-xs text-muted">
        {STORY.named}: «<bdi>{m.name}</bdi>» | <SourceCite a={m.article} href={factHref(m.articleId, "project", m.start)} max={80} />
      </p>
    </li>
  );
}

/** The mentions of one page of the timeline: dated ones by date, then the undated, marked apart. */
export function Timeline({ mentions }: { mentions: Mention[] }) {
  const dated = mentions.filter((m) => m.article.published);
  const undated = mentions.filter((m) => !m.article.published);
  return (
    <div data-testid="timeline">
      {dated.length ? <ol className="ms-1">{dated.map((m) => <Item key={m.id} m={m} />)}</ol> : null}
      {undated.length ? (
        <section className="mt-2" data-testid="timeline-undated">
          <h3 className="mb-2 text-sm font-bold text-muted">{STORY.undatedHeading}</h3>
          <ol className="ms-1 opacity-95">{undated.map((m) => <Item key={m.id} m={m} />)}</ol>
        </section>
      ) : null}
    </div>
  );
}
