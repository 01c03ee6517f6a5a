import type { NextRequest } from "next/server";
import { listDistrictStats } from "@/db/queries/districts";
import { districtFigureJson, districtsCsv } from "@/lib/api-rows";
import { placeLabel } from "@/lib/districts";
import { PANEL_FIGURES } from "@/lib/geo/metric";
import { csv, json, wantsCsv } from "../respond";

export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  const rows = listDistrictStats();
  if (wantsCsv(req)) return csv(districtsCsv(rows), "districts.csv");
  // `figures` counts every distinct figure; `largest` lists at most PANEL_FIGURES of each kind
  // (every figure is in /api/amounts, a page at a time).
  return json({
    largest_per_kind: PANEL_FIGURES,
    districts: rows.map((r) => ({ slug: r.slug, name: placeLabel(r.slug), articles: r.articles, projects: r.projects, figures: r.figures, largest: r.amounts.map(districtFigureJson) })),
  });
}
