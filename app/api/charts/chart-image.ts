// Shared by the PNG and SVG routes: the exact view as a standalone SVG.
import type { NextRequest } from "next/server";
import { renderChartSvg } from "@/lib/charts/svg";
import { canonicalChartState, chartHref, isChartSlug, parseChartQuery, type ChartSlug } from "@/lib/url-state";
import { siteUrl } from "@/lib/site-url";
import { getDataDate, loadChartView } from "../../charts/load-view";
import { rawParams } from "../respond";

export function chartSvgFor(chart: string, req: NextRequest): string | null {
  if (!isChartSlug(chart)) return null;
  const state = canonicalChartState(chart as ChartSlug, parseChartQuery(rawParams(req)));
  const view = loadChartView(chart as ChartSlug, state);
  const shown = `${siteUrl().replace(/^https?:\/\//, "")}${chartHref(chart as ChartSlug, state)}`;
  return renderChartSvg(view, { dataDate: getDataDate(), url: decodeURI(shown) });
}
