import type { NextRequest } from "next/server";
import { chartCsv, chartJson } from "@/lib/charts/export";
import { amountsCsv } from "@/lib/api-rows";
import { listAmounts } from "@/db/queries/amounts";
import { canonicalChartState, chartHref, isChartSlug, parseChartQuery } from "@/lib/url-state";
import { absoluteUrl, siteUrl } from "@/lib/site-url";
import { loadChartView } from "../../../charts/load-view";
import { csv, json, notFoundJson, rawParams, wantsCsv, wantsFullCsv } from "../../respond";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  if (!isChartSlug(chart)) return notFoundJson(`chart ${chart}`);
  const state = canonicalChartState(chart, parseChartQuery(rawParams(req)));
  if (wantsFullCsv(req)) return csv(amountsCsv(listAmounts(), siteUrl()), `${chart}-full.csv`);
  const view = loadChartView(chart, state);
  return wantsCsv(req) ? csv(chartCsv(view, siteUrl()), `${chart}.csv`) : json(chartJson(view, absoluteUrl(chartHref(chart, state)), siteUrl()));
}
