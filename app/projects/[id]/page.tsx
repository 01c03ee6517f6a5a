import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QuoteInContext } from "@/components/quote-in-context";
import { StatusBadge } from "@/components/projects/project-card";
import { getProject, listQuantitiesInRange } from "@/db/queries/projects";
import { sentenceAround } from "@/lib/article-view";
import { cleanLabel } from "@/lib/article-guard";
import { figureText } from "@/lib/chart-data";
import { placeLabel } from "@/lib/districts";
import type { AmountKind, ProjectCategory } from "@/lib/extract/types";
import { formatNumber } from "@/lib/format";
import { districtHref, factHref } from "@/lib/links";
import { SourceCite } from "@/components/source-cite";
import { parseId } from "@/lib/params";
import { CATEGORY_LABELS, KIND_LABELS, UNIT_LABELS } from "@/lib/strings";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const found = id ? getProject(id) : null;
  // A document title is plain text (no <bdi>): the name is shown without direction controls.
  return { title: (found && cleanLabel(found.project.name)) ?? "پروژه" };
}

export default async function ProjectPage({ params }: Props) {
  const id = parseId((await params).id);
  const found = id ? getProject(id) : null;
  if (!found) notFound();
  const { project: p, article, places, amount } = found;
  const [sStart, sEnd] = sentenceAround(article.text, p.start);
  const quantities = listQuantitiesInRange(article.id, sStart, Math.max(sEnd, p.end));
  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <nav aria-label="مسیر" className="text-sm text-muted"><Link href="/projects" className="underline">پروژه‌ها</Link> / <bdi>{p.name}</bdi></nav>
      <header>
        <h1 className="text-2xl font-extrabold leading-relaxed"><bdi>{p.name}</bdi></h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={p.status} />
          <span>{CATEGORY_LABELS[p.category as ProjectCategory] ?? p.category}</span>
        </p>
      </header>
      <dl className="grid gap-3 sm:grid-cols-2">
        <div className="rounded border border-rule bg-white p-3">
          <dt className="text-sm text-muted">محدوده</dt>
          <dd>{places.map((s, i) => <span key={s}>{i ? "، " : ""}<Link href={districtHref(s)} className="text-accent underline">{placeLabel(s)}</Link></span>)}</dd>
        </div>
        <div className="rounded border border-rule bg-white p-3">
          <dt className="text-sm text-muted">مبلغ مرتبط</dt>
          <dd>
            {amount ? (
              <a href={factHref(article.id, "amount", amount.start)} className="font-bold underline">
                {KIND_LABELS[amount.kind as AmountKind]}: {figureText(amount.valueRial, "rial", amount.qualifier, amount.year)}
              </a>
            ) : "در همان جمله رقمی برای این پروژه گزارش نشده است"}
          </dd>
        </div>
        {quantities.length ? (
          <div className="rounded border border-rule bg-white p-3 sm:col-span-2">
            <dt className="text-sm text-muted">مقدارهای همان جمله</dt>
            <dd>
              {quantities.map((q, i) => (
                <span key={q.id}>{i ? "، " : ""}<a href={factHref(article.id, "quantity", q.start)} className="underline">{formatNumber(q.value)} {UNIT_LABELS[q.unit] ?? q.unit}</a></span>
              ))}
            </dd>
          </div>
        ) : null}
      </dl>
      <section>
        <h2 className="mb-2 font-bold">جمله‌ی منبع</h2>
        <QuoteInContext text={article.text} start={p.start} end={p.end} />
        <p className="mt-2 text-sm text-muted">
          منبع: <SourceCite a={article} href={factHref(article.id, "project", p.start)} />
        </p>
      </section>
    </article>
  );
}
