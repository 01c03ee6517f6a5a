import Link from "next/link";
import { SpendingBlock } from "@/components/charts/spending-block";
import { ProjectCard } from "@/components/projects/project-card";
import { UnitSwitch } from "@/components/unit-switch";
import { countArticleFacts } from "@/db/queries/articles";
import { listLargestAmounts } from "@/db/queries/amounts";
import { loadSpendingBlock } from "@/app/loaders/spending";
import { listDistrictStats } from "@/db/queries/districts";
import { getGeo } from "@/app/loaders/geo";
import { QomMapCompact } from "@/components/map/qom-map-compact";
import { listRecentProjects } from "@/db/queries/projects";
import { figureText } from "@/lib/chart-data";
import { placeLabel, placesLabel } from "@/lib/districts";
import { formatNumber } from "@/lib/format";
import { districtHref, factHref } from "@/lib/links";
import { decodePlacesKey } from "@/lib/places-key";
import { SourceCite } from "@/components/source-cite";
import { HOME, KIND_LABELS, SITE } from "@/lib/strings";
import { chartHref, parseChartQuery, unitHref, type RawParams } from "@/lib/url-state";

export const dynamic = "force-dynamic";

export default async function HomePage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const { unit } = parseChartQuery(await searchParams);
  const c = countArticleFacts();
  const districtStats = listDistrictStats();
  const covered = districtStats.filter((s) => s.articles > 0);
  const largest = listLargestAmounts(4);
  const spending = loadSpendingBlock(null, unit);
  const stats = [
    { label: HOME.projects, value: c.projects, href: "/projects" },
    { label: HOME.articles, value: c.articles, href: "/articles" },
    { label: HOME.covered, value: covered.length, href: "/map" },
    { label: HOME.figures, value: c.figures, href: "#spending" },
  ];
  return (
    <div className="space-y-10">
      <section>
        <h1 className="text-2xl font-extrabold sm:text-3xl">{SITE.title}</h1>
        <p className="mt-2 max-w-3xl text-muted">{SITE.description}</p>
        <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4" data-testid="headline-counts">
          {stats.map((s) => (
            <div key={s.label} className="rounded-lg border border-rule bg-white p-4">
              <dt className="text-sm text-muted">{s.label}</dt>
              <dd className="text-3xl font-black text-accent"><Link href={s.href}>{formatNumber(s.value)}</Link></dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="largest">
        <h2 id="largest" className="text-xl font-bold">{HOME.largest}</h2>
        <p className="text-sm text-muted">{HOME.largestNote}</p>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2" data-testid="largest-amounts">
          {largest.map((a) => (
            <li key={a.id} className="rounded-lg border border-rule bg-white p-4">
              <p className="text-sm text-muted">{KIND_LABELS[a.kind]} | <bdi>{placesLabel(decodePlacesKey(a.placesKey))}</bdi></p>
              <p className="text-lg font-black">{figureText(a.valueRial, unit, a.qualifier, a.year)}</p>
              <p className="mt-1 text-xs text-muted">{HOME.source} <SourceCite a={{ id: a.articleId, title: a.articleTitle, outlet: a.outlet, published: a.published, url: a.articleUrl }} href={factHref(a.articleId, "amount", a.start)} max={60} quote={a.quote} /></p>
            </li>
          ))}
        </ul>
      </section>
      <section id="spending" aria-labelledby="spending-title">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="spending-title" className="text-xl font-bold">{HOME.spending}</h2>
          <UnitSwitch unit={unit} hrefFor={(u) => unitHref("/", u, "spending")} />
        </div>
        <SpendingBlock view={spending.view} top={spending.table.figures} total={spending.table.total} unit={unit} chartHref={chartHref("spending", { unit })} />
      </section>
      <section aria-labelledby="recent">
        <div className="flex items-baseline justify-between">
          <h2 id="recent" className="text-xl font-bold">{HOME.recent}</h2>
          <Link href="/projects" className="text-sm underline">{HOME.allProjects}</Link>
        </div>
        <ul className="divide-y divide-rule border-y border-rule">
          {listRecentProjects(6).map((p) => <ProjectCard key={p.id} p={p} unit={unit} />)}
        </ul>
      </section>
      <section aria-labelledby="districts">
        <h2 id="districts" className="text-xl font-bold">{HOME.districts}</h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {covered.map((s) => (
            <li key={s.slug}><Link href={districtHref(s.slug)} className="inline-block rounded-full border border-rule bg-white px-3 py-1 text-sm hover:bg-accent-soft"><bdi>{placeLabel(s.slug)}</bdi> | {HOME.articleCount(formatNumber(s.articles))}</Link></li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="map-title">
        <h2 id="map-title" className="mb-3 text-xl font-bold">{HOME.map}</h2>
        <QomMapCompact stats={districtStats} geo={getGeo()} metric="projects" unit={unit} />
      </section>
    </div>
  );
}
