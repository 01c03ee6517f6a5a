import type { Metadata } from "next";
import Link from "next/link";
import { FacetList } from "@/components/projects/facet-list";
import { Pagination } from "@/components/projects/pagination";
import { ProjectCard } from "@/components/projects/project-card";
import { SearchForm } from "@/components/projects/search-form";
import { UnitSwitch } from "@/components/unit-switch";
import { listProjectsWithFacets } from "@/db/queries/projects";
import { placeLabel } from "@/lib/districts";
import { env } from "@/lib/env";
import { formatNumber } from "@/lib/format";
import { categoryOptions, districtGroups, statusOptions } from "@/lib/project-facets";
import { CATEGORY_LABELS, FILTERS, PROJECT_LIST, STATUS_LABELS } from "@/lib/strings";
import { parseProjectQuery, projectsHref, type RawParams } from "@/lib/url-state";

export const dynamic = "force-dynamic";
type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const s = parseProjectQuery(await searchParams);
  const parts = [s.district && placeLabel(s.district), s.status && STATUS_LABELS[s.status], s.category && CATEGORY_LABELS[s.category]].filter(Boolean);
  return { title: parts.length ? `${PROJECT_LIST.title}: ${parts.join("، ")}` : PROJECT_LIST.title, alternates: { canonical: projectsHref({ ...s }) } };
}

export default async function ProjectsPage({ searchParams }: Props) {
  const state = parseProjectQuery(await searchParams);
  // a search too broad to count gets no counts at all, never zeros (docs/bounds.md)
  const { page: list, facets: counts } = listProjectsWithFacets(state);
  const { rows, total, page, pages, tooBroad } = list;
  const filtered = state.district || state.status || state.category || state.q;
  return (
    <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
      <aside id="filters" className="order-last space-y-4 lg:order-first" aria-label={PROJECT_LIST.filters}>
        <details className="rounded border border-rule bg-white p-3 lg:border-0 lg:bg-transparent lg:p-0" open>
          <summary className="cursor-pointer font-bold">{PROJECT_LIST.filters}</summary>
          <div className="mt-3 space-y-4">
            {districtGroups(state, counts).map((g) => (
              <FacetList key={g.kind} title={g.title} options={g.options} testId={`facet-district-${g.kind}`} />
            ))}
            <FacetList title={PROJECT_LIST.status} options={statusOptions(state, counts)} testId="facet-status" />
            <FacetList title={PROJECT_LIST.category} options={categoryOptions(state, counts)} testId="facet-category" />
          </div>
        </details>
      </aside>
      <section>
        <div className="flex items-baseline justify-between">
          <h1 className="text-2xl font-extrabold">{PROJECT_LIST.title}</h1>
          <a href="#filters" className="text-sm text-accent underline lg:hidden">{PROJECT_LIST.toFilters}</a>
        </div>
        <div className="mt-3 space-y-3">
          <SearchForm state={state} />
          <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
            <p data-testid="result-count">
              {tooBroad ? PROJECT_LIST.title : <>{formatNumber(total)} پروژه</>}
              {state.district ? <> در <strong><bdi>{placeLabel(state.district)}</bdi></strong></> : null}
              {state.status ? <> | {STATUS_LABELS[state.status]}</> : null}
              {state.category ? <> | {CATEGORY_LABELS[state.category]}</> : null}
              {state.q ? <> | «<bdi>{state.q}</bdi>»</> : null}
              {filtered ? <> | <Link href={projectsHref({ unit: state.unit })} className="underline">{FILTERS.clear}</Link></> : null}
            </p>
            <UnitSwitch unit={state.unit} hrefFor={(unit) => projectsHref({ ...state, unit })} />
          </div>
        </div>
        {tooBroad ? (
          <div className="mt-6 rounded border border-dashed border-rule p-6 text-center" data-testid="search-too-broad" role="status">
            <p className="font-bold">«<bdi>{state.q}</bdi>» {PROJECT_LIST.tooBroad(formatNumber(env().SEARCH_MATCH_CAP))}</p>
            <p className="mt-1">{PROJECT_LIST.tooBroadHint}</p>
          </div>
        ) : rows.length ? (
          <ul className="mt-2 divide-y divide-rule border-y border-rule" data-testid="project-list">
            {rows.map((p) => <ProjectCard key={p.id} p={p} unit={state.unit} />)}
          </ul>
        ) : (
          <div className="mt-6 rounded border border-dashed border-rule p-6 text-center" data-testid="no-results">
            <p className="font-bold">{PROJECT_LIST.none}</p>
            <Link href={projectsHref({ unit: state.unit })} className="mt-2 inline-block underline">{PROJECT_LIST.clearAll}</Link>
          </div>
        )}
        <Pagination page={page} pages={pages} hrefFor={(p) => projectsHref({ ...state, page: p })} />
      </section>
    </div>
  );
}
