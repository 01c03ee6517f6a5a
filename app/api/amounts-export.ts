// Every amount, a page of EXPORT_PAGE_SIZE at a time: /api/amounts (JSON or CSV) and a chart's
// `format=csv&full=1`. The page is said in the headers (X-Total-Count, X-Page, X-Page-Count and a
// Link to the next/last page, RFC 8288) and, in JSON, in the body. No SQL here.
import type { NextRequest } from "next/server";
import { listAmountPage } from "@/db/queries/amounts";
import { amountApiRow, amountsCsv } from "@/lib/api-rows";
import { siteUrl } from "@/lib/site-url";
import { EXPORT_PAGE_SIZE, exportQuery, parseExportPage } from "@/lib/url-state";
import { csv, json, rawParams, wantsCsv } from "./respond";

export function amountsExport(req: NextRequest, path: string, filename: string, full = false): Response {
  const format = wantsCsv(req) ? "csv" : "json";
  const { rows, total, page, pages } = listAmountPage(parseExportPage(rawParams(req)), EXPORT_PAGE_SIZE);
  const origin = siteUrl();
  const href = (p: number) => origin + path + exportQuery(format, p, full);
  const next = page < pages ? href(page + 1) : null;
  const links = [next && `<${next}>; rel="next"`, page > 1 && `<${href(page - 1)}>; rel="prev"`, `<${href(1)}>; rel="first"`, `<${href(pages)}>; rel="last"`];
  const headers = { "x-total-count": String(total), "x-page": String(page), "x-page-count": String(pages), link: links.filter(Boolean).join(", ") };
  if (format === "csv") return csv(amountsCsv(rows, origin), pages > 1 ? filename.replace(/\.csv$/, `-${page}-of-${pages}.csv`) : filename, headers);
  return json({ total, page, pages, page_size: EXPORT_PAGE_SIZE, next, amounts: rows.map((r) => amountApiRow(r, origin)) }, headers);
}
