import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StatusBadge } from "@/components/projects/project-card";
import { Pagination } from "@/components/projects/pagination";
import { EditorNote } from "@/components/story/editor-note";
import { FiguresByKind } from "@/components/story/figures-by-kind";
import { Timeline } from "@/components/story/timeline";
import { UnitSwitch } from "@/components/unit-switch";
import { listFactCorrections, listProjectCorrections } from "@/db/queries/corrections";
import { getProject, listProjectFigures, listProjectNames, listStatusChanges, TIMELINE_PAGE_SIZE } from "@/db/queries/projects";
import { cleanLabel } from "@/lib/article-guard";
import { placeLabel } from "@/lib/districts";
import { formatJalali, formatNumber } from "@/lib/format";
import { districtHref } from "@/lib/links";
import { parseId } from "@/lib/params";
import { figuresByKind } from "@/lib/project-story";
import { CATEGORY_LABELS, STORY } from "@/lib/strings";
import { changesHref, feedHref, parseProjectPageQuery, projectPageHref, type RawParams } from "@/lib/url-state";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ id: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = parseId((await params).id);
  const found = id ? getProject(id) : null;
  if (!found) return { title: "پروژه" };
  // A document title is plain text (no <bdi>): the name is shown without direction controls.
  return { title: cleanLabel(found.project.name) ?? "پروژه", alternates: { canonical: projectPageHref(found.project.id) }, robots: found.project.hidden ? { index: false } : undefined };
}

export default async function ProjectPage({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  const state = parseProjectPageQuery(await searchParams);
  const found = id ? getProject(id, state.page) : null;
  if (!found) notFound();
  const { project: p, places, mentions } = found;
  const figures = listProjectFigures(p.id);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const groups = figuresByKind(figures);
  const fixes = listFactCorrections("amount", figures.map((f) => f.id));
  const notes = listProjectCorrections(p.id);
  const previous = listStatusChanges(p.id);
  const names = listProjectNames(p.id).filter((n) => n !== p.name);
  const pages = Math.max(1, Math.ceil(p.mentionCount / TIMELINE_PAGE_SIZE));
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="مسیر" className="text-sm text-muted"><Link href="/projects" className="underline">پروژه‌ها</Link> / <bdi>{p.name}</bdi></nav>
      <header>
        <h1 className="text-2xl font-extrabold leading-relaxed"><bdi>{p.name}</bdi></h1>
        <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
          <StatusBadge status={p.status} />
          <span>{CATEGORY_LABELS[p.category]}</span>
          <span data-testid="article-count">| {STORY.reportedIn(formatNumber(p.articleCount))}</span>
          <span className="text-muted">| {STORY.lastReport}: {formatJalali(p.lastPublished) ?? STORY.onlyUndated}</span>
        </p>
        {places.length ? (
          <p className="mt-1 text-sm">
            {places.map((s, i) => <span key={s}>{i ? "، " : ""}<Link href={districtHref(s)} className="text-accent underline">{placeLabel(s)}</Link></span>)}
          </p>
        ) : null}
        {names.length ? <p className="mt-1 text-sm text-muted" data-testid="other-names">{STORY.otherNames}: {names.map((n, i) => <span key={n}>{i ? "، " : ""}«<bdi>{n}</bdi>»</span>)}</p> : null}
        {notes.map((n, i) => <EditorNote key={i} reason={n.reason} date={n.date}>{STORY.editorAction[n.action]}.</EditorNote>)}
        <p className="mt-2 text-sm">
          <Link href={changesHref({ project: p.id })} className="underline">{STORY.follow}</Link>
          {" | "}<a href={feedHref({ project: p.id })} className="underline" type="application/atom+xml">{STORY.feed}</a>
        </p>
      </header>
      <section aria-labelledby="figures">
        <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
          <h2 id="figures" className="font-bold">{STORY.figures}</h2>
          <UnitSwitch unit={state.unit} hrefFor={(unit) => projectPageHref(p.id, { ...state, unit })} />
        </div>
        <p className="mb-2 text-xs text-muted">{STORY.figuresNote}</p>
        <FiguresByKind groups={groups} byId={byId} fixes={fixes} unit={state.unit} />
      </section>
      <section aria-labelledby="timeline">
        <h2 id="timeline" className="font-bold">{STORY.timeline}</h2>
        <p className="mb-3 text-xs text-muted">{STORY.timelineNote}</p>
        <Timeline mentions={mentions.map((m) => ({ ...m, previousStatus: previous.get(m.id) ?? null }))} />
        <Pagination page={state.page} pages={pages} hrefFor={(page) => projectPageHref(p.id, { ...state, page })} />
      </section>
    </article>
  );
}
