import type { NextRequest } from "next/server";
import { amountsExport } from "../amounts-export";

export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  return amountsExport(req, "/api/amounts", "amounts.csv");
}
