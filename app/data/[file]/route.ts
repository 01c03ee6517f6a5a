// /data/<file>: the SQLite copy and every table as CSV or JSON, by allowlisted name only.
import type { NextRequest } from "next/server";
import { schemaShape } from "@/db/schema-shape";
import { findDataFile } from "@/lib/dataset-export";
import { exportResponse, sqliteResponse } from "../responses";

export const dynamic = "force-dynamic";

export async function GET(req: NextRequest, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const shapes = schemaShape();
  const hit = findDataFile(file, shapes.map((t) => t.name));
  if (!hit) return new Response("پرونده‌ای با این نام در /data نیست.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return hit.kind === "sqlite" ? sqliteResponse(req) : exportResponse(req, hit, shapes);
}
