import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChartControls } from "@/components/charts/chart-controls";
import { ChartFigure } from "@/components/charts/chart-figure";
import { Citation } from "@/components/charts/citation";
import { Downloads } from "@/components/charts/downloads";
import { ShareBar } from "@/components/charts/share-bar";
import { absoluteUrl } from "@/lib/site-url";
import { CHART_TITLES } from "@/lib/charts/view";
import { canonicalChartState, chartHref, isChartSlug, parseChartQuery, serializeChartQuery, type RawParams } from "@/lib/url-state";
import { getDataDate, loadChartView } from "../load-view";
import { listDistrictStats } from "@/db/queries/districts";
import { getGeo } from "@/db/queries/geo";

export const dynamic = "force-dynamic";
type Props = { params: Promise<{ chart: string }>; searchParams: Promise<RawParams> };

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
  const image = `/api/charts/${chart}/png${serializeChartQuery(state)}`;
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
  if (embed) {
    return (
      <div data-embed className="p-2">
        <ChartFigure chart={chart} view={view} state={state} map={map} />
        <p className="mt-2 text-xs text-muted">
          منبع: خبرهای محلی قم، استخراج‌شده در <a href={url} target="_blank" rel="noopener" className="underline">داشبورد پروژه‌های شهری قم</a>
        </p>
      </div>
    );
  }
  return (
    <article className="space-y-6">
      <nav aria-label="مسیر" className="text-sm text-muted"><Link href="/" className="underline">نمای کلی</Link> / نمودار</nav>
      <h1 className="text-2xl font-extrabold leading-relaxed" data-testid="chart-title">{view.title}</h1>
      <ChartControls chart={chart} state={state} />
      <ChartFigure chart={chart} view={view} state={state} map={map} />
      <ShareBar href={href} fallbackUrl={url} title={view.title} />
      <Downloads chart={chart} query={serializeChartQuery(state)} />
      <Citation title={view.title} url={url} dataDate={getDataDate()} />
    </article>
  );
}
