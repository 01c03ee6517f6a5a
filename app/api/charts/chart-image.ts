// Shared by the PNG and SVG routes: the exact view as a standalone SVG. Without `download=1` it is
// the 1200×630 link-preview image (rows that do not fit are counted in a note); with it, the whole
// chart as the page draws it, as tall as it needs.
import type { NextRequest } from "next/server";
import { renderChartSvg } from "@/lib/charts/svg";
import { CHART_DEFAULTS, canonicalChartState, chartHref, isChartSlug, parseChartQuery, wantsDownloadQuery } from "@/lib/url-state";
import { siteUrl } from "@/lib/site-url";
import { getDataDate } from "@/db/queries/articles";
import { loadChartView } from "@/app/loaders/chart-view";
import { rawParams } from "../respond";

export function chartSvgFor(chart: string, req: NextRequest): string | null {
  if (!isChartSlug(chart)) return null;
  const state = canonicalChartState(chart, parseChartQuery(rawParams(req)));
  const view = loadChartView(chart, state);
  const shown = `${siteUrl().replace(/^https?:\/\//, "")}${chartHref(chart, { ...state, sort: CHART_DEFAULTS.sort, page: CHART_DEFAULTS.page })}`;
  const download = wantsDownloadQuery(req.nextUrl.searchParams);
  return renderChartSvg(view, { dataDate: getDataDate(), url: decodeURI(shown), hrefBase: siteUrl(), height: download ? undefined : 630 });
}
