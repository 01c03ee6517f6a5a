// Shared by the API route handlers: query parsing and JSON/CSV responses. No SQL here.
import type { NextRequest } from "next/server";
import type { RawParams } from "@/lib/url-state";

export function rawParams(req: NextRequest): RawParams {
  const out: RawParams = {};
  for (const key of new Set(req.nextUrl.searchParams.keys())) {
    const all = req.nextUrl.searchParams.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

export function wantsCsv(req: NextRequest): boolean {
  return req.nextUrl.searchParams.get("format") === "csv";
}

export function json(body: unknown): Response {
  return new Response(JSON.stringify(body, null, 1), { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-cache" } });
}

export function csv(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-cache",
    },
  });
}

export function notFoundJson(what: string): Response {
  return new Response(JSON.stringify({ error: `not found: ${what}` }), { status: 404, headers: { "content-type": "application/json; charset=utf-8" } });
}
