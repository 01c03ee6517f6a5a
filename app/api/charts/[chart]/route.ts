import type { NextRequest } from "next/server";
import { chartCsv, chartJson } from "@/lib/charts/export";
import { canonicalChartState, chartApiHref, chartHref, isChartSlug, parseChartQuery } from "@/lib/url-state";
import { absoluteUrl, siteUrl } from "@/lib/site-url";
import { amountsExport } from "../../amounts-export";
import { loadChartView } from "@/app/loaders/chart-view";
import { csv, json, notFoundJson, rawParams, wantsCsv, wantsFullCsv } from "../../respond";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  if (!isChartSlug(chart)) return notFoundJson(`chart ${chart}`);
  const state = canonicalChartState(chart, parseChartQuery(rawParams(req)));
  if (wantsFullCsv(req)) return amountsExport(req, chartApiHref(chart, ""), `${chart}-full.csv`, true);
  const view = loadChartView(chart, state);
  return wantsCsv(req) ? csv(chartCsv(view, siteUrl()), `${chart}.csv`) : json(chartJson(view, absoluteUrl(chartHref(chart, state)), siteUrl()));
}
