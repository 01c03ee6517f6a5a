import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartControls } from "@/components/charts/chart-controls";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Citation } from "@/components/charts/citation";
import { Downloads } from "@/components/charts/downloads";
import { SceneSvg } from "@/components/charts/scene-svg";
import { ShareBar } from "@/components/charts/share-bar";
import { SpendingTable } from "@/components/charts/spending-table";
import { absoluteUrl } from "@/lib/site-url";
import { chartDocument } from "@/lib/charts/svg";
import { CHART_TITLES } from "@/lib/charts/view";
import { unitLabel } from "@/lib/format";
import { canonicalChartState, chartApiHref, chartHref, imageQuery, isChartSlug, parseChartQuery, type RawParams } from "@/lib/url-state";
import { getDataDate } from "@/db/queries/articles";
import { loadChartView } from "@/app/loaders/chart-view";
import { loadFigurePage } from "@/app/loaders/spending";
import { listDistrictStats } from "@/db/queries/districts";
import { getGeo } from "@/app/loaders/geo";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ chart: string }>; searchParams: Promise<RawParams> };
/** The embed is drawn at this width and scales with its iframe (whose aspect ratio the share bar gives). */
const EMBED_WIDTH = 420;

async function resolve({ params, searchParams }: Props) {
  const { chart } = await params;
  if (!isChartSlug(chart)) notFound();
  const raw = await searchParams;
  const state = canonicalChartState(chart, parseChartQuery(raw));
  const map = chart === "map" ? { stats: listDistrictStats(), geo: getGeo() } : undefined;
  return { chart, state, embed: raw.embed === "1", view: loadChartView(chart, state), map };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { chart, state, view } = await resolve(props);
  const href = chartHref(chart, state);
  const image = chartApiHref(chart, "png", imageQuery(state));
  return {
    title: view.title,
    description: `${view.subtitle} — ${CHART_TITLES[chart]}، داشبورد پروژه‌های شهری قم`,
    alternates: { canonical: href },
    openGraph: { title: view.title, description: view.subtitle, url: href, images: [{ url: image, width: 1200, height: 630, alt: view.title }] },
    twitter: { card: "summary_large_image", title: view.title, description: view.subtitle, images: [image] },
  };
}

export default async function ChartPage(props: Props) {
  const { chart, state, embed, view, map } = await resolve(props);
  const href = chartHref(chart, state);
  const url = absoluteUrl(href);
  const embedScene = chartDocument(view, { width: EMBED_WIDTH, narrow: true, dataDate: getDataDate(), pageHref: href });
  if (embed) {
    return (
      <div data-embed data-testid="embed">
        <SceneSvg scene={embedScene} label={view.title} testId="embed-chart" maxWidth="none" />
      </div>
    );
  }
  const figures = chart === "spending" ? loadFigurePage(state) : null;
  const table = figures ? (
    <SpendingTable
      caption={`همه‌ی ${new Intl.NumberFormat("fa-IR").format(figures.total)} رقم (${unitLabel(state.unit)})`}
      figures={figures.figures} unit={state.unit} sort={figures.sort} first={(figures.page - 1) * 20 + 1}
      sortHref={(sort) => `${chartHref(chart, { ...state, sort, page: 1 })}#figures`}
      page={{ page: figures.page, pages: figures.pages, hrefFor: (page) => `${chartHref(chart, { ...state, page })}#figures` }}
    />
  ) : undefined;
  return (
    <article className="space-y-6">
      <nav aria-label="مسیر" className="text-sm text-muted"><Link href="/" className="underline">نمای کلی</Link> / نمودار</nav>
      <h1 className="text-2xl font-extrabold leading-relaxed" data-testid="chart-title">{view.title}</h1>
      <ChartControls chart={chart} state={state} />
      <ChartFigure chart={chart} view={view} state={state} map={map} table={table} />
      <ShareBar href={href} fallbackUrl={url} title={view.title} embedSize={{ width: embedScene.width, height: embedScene.height }} />
      <Downloads chart={chart} query={imageQuery(state)} />
      <Citation title={view.title} url={url} dataDate={getDataDate()} />
    </article>
  );
}
