import type { NextRequest } from "next/server";
import { listProjects } from "@/db/queries/projects";
import { projectApiRow, projectsCsv } from "@/lib/api-rows";
import { PAGE_SIZE, parseProjectQuery } from "@/lib/url-state";
import { siteUrl } from "@/lib/site-url";
import { env } from "@/lib/env";
import { badRequestJson, csv, json, rawParams, wantsCsv } from "../respond";

export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  const state = parseProjectQuery(rawParams(req));
  const { rows, total, page, pages, tooBroad } = listProjects(state);
  if (tooBroad) {
    const limit = env().SEARCH_MATCH_CAP;
    return badRequestJson({ error: `q matches more than ${limit} project names: too broad to count and sort; use a longer or more exact word`, parameter: "q", limit });
  }
  if (wantsCsv(req)) return csv(projectsCsv(rows, siteUrl()), "projects.csv");
  return json({ query: state, total, page, pages, page_size: PAGE_SIZE, projects: rows.map((r) => projectApiRow(r, siteUrl())) });
}
