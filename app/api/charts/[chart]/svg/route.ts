import type { NextRequest } from "next/server";
import { chartSvgFor } from "../../chart-image";
import { notFoundJson } from "../../../respond";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, ctx: { params: Promise<{ chart: string }> }) {
  const { chart } = await ctx.params;
  const svg = chartSvgFor(chart, req);
  if (!svg) return notFoundJson(`chart ${chart}`);
  return new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8", "content-disposition": `inline; filename="${chart}.svg"` } });
}
