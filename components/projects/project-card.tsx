import Link from "next/link";
import { figureText } from "@/lib/chart-data";
import { placeLabel } from "@/lib/districts";
import type { ProjectStatus } from "@/lib/extract/types";
import type { ProjectRow } from "@/lib/facts";
import type { MoneyUnit } from "@/lib/format";
import { formatJalali, formatNumber } from "@/lib/format";
import { districtHref, factHref, projectHref } from "@/lib/links";
import { SourceCite } from "@/components/source-cite";
import { CATEGORY_LABELS, KIND_LABELS, STORY, statusLabel } from "@/lib/strings";

export type ProjectCardData = Omit<ProjectRow, "quote" | "end" | "amountId">;

export function StatusBadge({ status }: { status: ProjectStatus | null }) {
  const label = statusLabel(status);
  return <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent">{label}</span>;
}

export function ProjectCard({ p, unit }: { p: ProjectCardData; unit: MoneyUnit }) {
  return (
    <li className="py-4" data-testid="project-item">
      <div className="flex flex-wrap items-center gap-2">
        <Link href={projectHref(p.id)} className="text-lg font-bold text-ink hover:text-accent hover:underline">
          <bdi>{p.name}</bdi>
        </Link>
        <StatusBadge status={p.status} />
        <span className="text-xs text-muted">{CATEGORY_LABELS[p.category]}</span>
      </div>
      <p className="mt-1 text-sm" data-testid="project-reports">
        <strong>{STORY.reportedIn(formatNumber(p.articleCount))}</strong>
        <span className="text-muted"> | {STORY.lastReport}: {formatJalali(p.lastPublished) ?? STORY.onlyUndated}</span>
      </p>
      <p className="mt-1 text-sm">
        {p.places.map((s, i) => (
          <span key={s}>
            {i > 0 ? "، " : ""}
            <Link href={districtHref(s)} className="text-accent underline"><bdi>{placeLabel(s)}</bdi></Link>
          </span>
        ))}
        {p.amountValueRial !== null && p.amountKind && p.amountStart !== null && p.amountArticleId !== null ? (
          <>
            {" | "}
            {KIND_LABELS[p.amountKind]}:{" "}
            <a href={factHref(p.amountArticleId, "amount", p.amountStart)} className="font-bold underline">
              {figureText(p.amountValueRial, unit, p.amountQualifier, null)}
            </a>
          </>
        ) : null}
      </p>
      <p className="mt-1 text-xs text-muted">
        منبع: <SourceCite a={{ id: p.articleId, title: p.articleTitle, outlet: p.articleOutlet, published: p.articlePublished, url: p.articleUrl }} href={factHref(p.articleId, "project", p.start)} max={70} />
      </p>
    </li>
  );
}
