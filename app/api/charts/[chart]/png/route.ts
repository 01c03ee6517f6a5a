import type { NextRequest } from "next/server";
import { renderPng, vazirmatnTtfFiles } from "@/lib/charts/png";
import { chartSvgFor } from "../../chart-image";
import { notFoundJson } from "../../../respond";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  const svg = chartSvgFor(chart, req);
  if (!svg) return notFoundJson(`chart ${chart}`);
  const png = renderPng(svg, vazirmatnTtfFiles(/*turbopackIgnore: true*/ process.cwd()));
  return new Response(new Uint8Array(png), { headers: { "content-type": "image/png", "cache-control": "public, max-age=300" } });
}
