// Shared by the API route handlers: query parsing and JSON/CSV responses. No SQL here.
import type { NextRequest } from "next/server";
import { rawParamsOf, wantsCsvQuery, wantsFullCsvQuery, type RawParams } from "@/lib/url-state";

export function rawParams(req: NextRequest): RawParams {
  return rawParamsOf(req.nextUrl.searchParams);
}

export function wantsCsv(req: NextRequest): boolean {
  return wantsCsvQuery(req.nextUrl.searchParams);
}

export function wantsFullCsv(req: NextRequest): boolean {
  return wantsFullCsvQuery(req.nextUrl.searchParams);
}

export function json(body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body, null, 1), { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-cache", ...headers } });
}

export function csv(body: string, filename: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "no-cache",
      ...headers,
    },
  });
}

/** A request the API will not answer as asked (400), with what to change. */
export function badRequestJson(body: { error: string } & Record<string, unknown>): Response {
  return new Response(JSON.stringify(body), { status: 400, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-cache" } });
}

export function notFoundJson(what: string): Response {
  return new Response(JSON.stringify({ error: `not found: ${what}` }), { status: 404, headers: { "content-type": "application/json; charset=utf-8" } });
}
