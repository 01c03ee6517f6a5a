import type { NextRequest } from "next/server";
import { listDistrictStats } from "@/db/queries/districts";
import { districtsCsv } from "@/lib/api-rows";
import { placeLabel } from "@/lib/districts";
import { csv, json, wantsCsv } from "../respond";

export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  const rows = listDistrictStats();
  if (wantsCsv(req)) return csv(districtsCsv(rows), "districts.csv");
  return json({ districts: rows.map((r) => ({ slug: r.slug, name: placeLabel(r.slug), articles: r.articles, projects: r.projects, amounts: r.amounts })) });
}
