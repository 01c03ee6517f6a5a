import type { NextRequest } from "next/server";
import { listAmounts } from "@/db/queries/amounts";
import { amountApiRow, amountsCsv } from "@/lib/api-rows";
import { siteUrl } from "@/lib/site-url";
import { csv, json, wantsCsv } from "../respond";

export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  const rows = listAmounts();
  return wantsCsv(req) ? csv(amountsCsv(rows, siteUrl()), "amounts.csv") : json({ total: rows.length, amounts: rows.map((r) => amountApiRow(r, siteUrl())) });
}
