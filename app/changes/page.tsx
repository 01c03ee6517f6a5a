import type { Metadata } from "next";
import Link from "next/link";
import { Pagination } from "@/components/projects/pagination";
import { ChangeList } from "@/components/story/change-list";
import { UnitSwitch } from "@/components/unit-switch";
import { getProjectName, listChanges } from "@/db/queries/changes";
import { PLACES, placeLabel } from "@/lib/districts";
import { formatNumber } from "@/lib/format";
import { CHANGES, CHANGES_PAGE, FILTERS, STORY } from "@/lib/strings";
import { changesHref, feedHref, parseChangesQuery, type RawParams } from "@/lib/url-state";

export const dynamic = "force-dynamic";
type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const s = parseChangesQuery(await searchParams);
  const scope = [s.district && placeLabel(s.district), s.project && getProjectName(s.project)].filter(Boolean).join("، ");
  return {
    title: scope ? `${CHANGES.title}: ${scope}` : CHANGES.title,
    alternates: { canonical: changesHref({ ...s, unit: "rial" }), types: { "application/atom+xml": feedHref(s) } },
  };
}

export default async function ChangesPage({ searchParams }: Props) {
  const state = parseChangesQuery(await searchParams);
  const { articles, total, page, pages } = listChanges(state, state.page);
  const project = state.project ? getProjectName(state.project) : null;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-extrabold">{CHANGES.title}{project ? <>: <bdi>{project}</bdi></> : null}</h1>
      <p className="mt-2 text-sm">{CHANGES.intro}</p>
      <p className="mt-1 text-xs text-muted">{CHANGES.order}</p>
      <form method="get" action="/changes" className="mt-3 flex flex-wrap items-end gap-2 text-sm">
        {state.project ? <input type="hidden" name="project" value={state.project} /> : null}
        <label className="flex flex-col">
          <span className="text-muted">{FILTERS.district}</span>
          <select name="district" defaultValue={state.district ?? ""} className="rounded border border-rule bg-white px-2 py-2">
            <option value="">{FILTERS.all}</option>
            {PLACES.map((p) => <option key={p.slug} value={p.slug}>{p.fa}</option>)}
          </select>
        </label>
        <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">{FILTERS.apply}</button>
        <a href={feedHref(state)} type="application/atom+xml" className="ms-auto underline" data-testid="feed-link">{STORY.feed}</a>
      </form>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-2 text-sm">
        <p data-testid="changes-count">
          {CHANGES_PAGE.count(formatNumber(total))}
          {project || state.district ? <> | <Link href={changesHref({ unit: state.unit })} className="underline">{FILTERS.clear}</Link></> : null}
        </p>
        <UnitSwitch unit={state.unit} hrefFor={(unit) => changesHref({ ...state, unit })} />
      </div>
      {articles.length ? <ChangeList items={articles} unit={state.unit} /> : <p className="mt-6 rounded border border-dashed border-rule p-6 text-center">{CHANGES.none}</p>}
      <Pagination page={page} pages={pages} hrefFor={(page) => changesHref({ ...state, page })} />
    </div>
  );
}
