import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpendingBlock } from "@/components/charts/spending-block";
import { ProjectCard } from "@/components/projects/project-card";
import { UnitSwitch } from "@/components/unit-switch";
import { listDistrictArticles, listDistrictStats } from "@/db/queries/districts";
import { getGeo } from "@/app/loaders/geo";
import { QomMapCompact } from "@/components/map/qom-map-compact";
import { listProjects } from "@/db/queries/projects";
import { getPlace, isPlaceSlug, placeLabel, PLACE_KIND_LABELS } from "@/lib/districts";
import { formatNumber } from "@/lib/format";
import { districtHref, factHref } from "@/lib/links";
import { SourceCite } from "@/components/source-cite";
import { loadSpendingBlock } from "@/app/loaders/spending";
import { articlesHref, chartHref, PROJECT_DEFAULTS, parseProjectQuery, projectsHref, unitHref, type RawParams } from "@/lib/url-state";
import { DISTRICT_PAGE } from "@/lib/strings";

export const dynamic = "force-dynamic";
/** The newest articles listed here; the rest are on /articles?district=… */
const DISTRICT_ARTICLES = 10;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<RawParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: isPlaceSlug(slug) ? placeLabel(slug) : DISTRICT_PAGE.title };
}

export default async function DistrictPage({ params, searchParams }: Props) {
  const { slug } = await params;
  if (!isPlaceSlug(slug)) notFound();
  const place = getPlace(slug)!;
  const { unit } = parseProjectQuery(await searchParams);
  const allStats = listDistrictStats();
  const stats = allStats.find((s) => s.slug === slug)!;
  const spending = loadSpendingBlock(slug, unit);
  const projects = listProjects({ ...PROJECT_DEFAULTS, district: slug, page: 1 });
  const articles = listDistrictArticles(slug, DISTRICT_ARTICLES);
  const parent = place.parent ? getPlace(place.parent) : null;
  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm text-muted">{PLACE_KIND_LABELS[place.kind]}{parent ? <> | {DISTRICT_PAGE.inParent} <Link href={districtHref(parent.slug)} className="underline"><bdi>{parent.fa}</bdi></Link></> : null}</p>
        <h1 className="text-3xl font-extrabold">{place.fa}</h1>
        <dl className="mt-4 grid grid-cols-3 gap-3 text-center" data-testid="coverage">
          <div className="rounded border border-rule bg-white p-3"><dt className="text-sm text-muted">{DISTRICT_PAGE.articles}</dt><dd className="text-2xl font-black">{formatNumber(stats.articles)}</dd></div>
          <div className="rounded border border-rule bg-white p-3"><dt className="text-sm text-muted">{DISTRICT_PAGE.projects}</dt><dd className="text-2xl font-black">{formatNumber(stats.projects)}</dd></div>
          <div className="rounded border border-rule bg-white p-3"><dt className="text-sm text-muted">{DISTRICT_PAGE.figures}</dt><dd className="text-2xl font-black">{formatNumber(stats.figures)}</dd></div>
        </dl>
        <p className="mt-2 text-sm text-muted">
          {stats.articles === 0
            ? DISTRICT_PAGE.noCoverage
            : DISTRICT_PAGE.coverage(formatNumber(stats.articles))}
        </p>
      </header>
      <section>
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-xl font-bold">{DISTRICT_PAGE.figuresByKind}</h2>
          <UnitSwitch unit={unit} hrefFor={(u) => unitHref(districtHref(slug), u)} />
        </div>
        {spending.view.bars.length ? (
          <SpendingBlock view={spending.view} top={spending.table.figures} total={spending.table.total} unit={unit} chartHref={chartHref("spending", { district: slug, unit })} />
        ) : <p className="text-muted">{DISTRICT_PAGE.noFigures}</p>}
      </section>
      <section>
        <h2 className="text-xl font-bold">{DISTRICT_PAGE.projects}</h2>
        {projects.rows.length ? (
          <ul className="divide-y divide-rule border-y border-rule">{projects.rows.map((p) => <ProjectCard key={p.id} p={p} unit={unit} />)}</ul>
        ) : <p className="text-muted">{DISTRICT_PAGE.noProjects}</p>}
        {projects.total > projects.rows.length ? <Link href={projectsHref({ district: slug })} className="underline">{DISTRICT_PAGE.allProjects(formatNumber(projects.total))}</Link> : null}
      </section>
      <section aria-label={DISTRICT_PAGE.map}>
        <h2 className="mb-3 text-xl font-bold">{DISTRICT_PAGE.onMap}</h2>
        <QomMapCompact stats={allStats} geo={getGeo()} metric="articles" unit={unit} current={slug} />
      </section>
      <section>
        <h2 className="text-xl font-bold">{DISTRICT_PAGE.articlesHeading}</h2>
        {articles.rows.length ? (
          <ul className="list-disc ps-6" data-testid="district-articles">
            {articles.rows.map((a) => (
              <li key={a.articleId}>
                <SourceCite a={{ id: a.articleId, title: a.title, outlet: a.outlet, published: a.published, url: a.url }} href={factHref(a.articleId, "place", a.firstStart)} max={90} />
                <span className="text-sm text-muted"> | {DISTRICT_PAGE.mentions(formatNumber(a.mentions))}</span>
              </li>
            ))}
          </ul>
        ) : <p className="text-muted">{DISTRICT_PAGE.noArticles}</p>}
        {articles.total > articles.rows.length ? <Link href={articlesHref({ district: slug })} className="underline" data-testid="district-articles-more">{DISTRICT_PAGE.allArticles(formatNumber(articles.total))}</Link> : null}
      </section>
    </article>
  );
}
