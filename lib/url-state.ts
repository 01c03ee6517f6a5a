// THE module that owns query keys, their parsers and defaults. Pages parse once with these;
// links and forms serialise with the same functions. Defaults are left out of URLs, bad values
// fall back to defaults (never an error), and only allowlisted values ever reach a query.
import { z } from "zod";
import { PLACE_SLUGS, type PlaceSlug } from "./districts";
import { AMOUNT_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES, type AmountKind, type ProjectCategory, type ProjectStatus } from "./extract/types";
import { MONEY_UNITS, type MoneyUnit } from "./format";

export type RawParams = Record<string, string | string[] | undefined>;

export const PROJECT_SORTS = ["source", "name", "amount-desc", "amount-asc", "most-reported", "last-reported"] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];
export const PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 100;
const MAX_PAGE = 100_000;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).nullable().catch(null);

const textQuery = z
  .string()
  .transform((s) => s.replace(/[\u0000-\u001f\u007f]/g, " ").trim().slice(0, MAX_QUERY_LENGTH))
  .catch("");

const pageNumber = z.coerce.number().int().min(1).max(MAX_PAGE).catch(1);

const ProjectQuery = z.object({
  district: optionalEnum(PLACE_SLUGS),
  status: optionalEnum(PROJECT_STATUSES),
  category: optionalEnum(PROJECT_CATEGORIES),
  q: textQuery,
  sort: z.enum(PROJECT_SORTS).catch("source"),
  page: pageNumber,
  unit: z.enum(MONEY_UNITS).catch("rial"),
});

export interface ProjectQueryState {
  district: PlaceSlug | null;
  status: ProjectStatus | null;
  category: ProjectCategory | null;
  q: string;
  sort: ProjectSort;
  page: number;
  unit: MoneyUnit;
}

export const PROJECT_DEFAULTS: ProjectQueryState = {
  district: null, status: null, category: null, q: "", sort: "source", page: 1, unit: "rial",
};

const PROJECT_KEYS = ["district", "status", "category", "q", "sort", "page", "unit"] as const;

function pick(raw: RawParams, keys: readonly string[]): Record<string, string | undefined> {
  return Object.fromEntries(keys.map((k) => [k, first(raw[k])]));
}

export function parseProjectQuery(raw: RawParams): ProjectQueryState {
  const r = pick(raw, PROJECT_KEYS);
  // zod's .catch() only runs on failure; undefined must also mean "default".
  return ProjectQuery.parse({ ...r, q: r.q ?? "", page: r.page ?? 1, sort: r.sort ?? "source", unit: r.unit ?? "rial" });
}

/** Query string (with leading "?", or "" when every value is a default), keys in a fixed order. */
export function serializeProjectQuery(state: Partial<ProjectQueryState>): string {
  const full = { ...PROJECT_DEFAULTS, ...state };
  return toQuery(PROJECT_KEYS.map((k) => [k, full[k], PROJECT_DEFAULTS[k]] as const));
}

function toQuery(entries: readonly (readonly [string, unknown, unknown])[]): string {
  const sp = new URLSearchParams();
  for (const [k, v, def] of entries) {
    if (v === null || v === undefined || v === "" || v === def) continue;
    sp.set(k, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : "";
}

export function projectsHref(state: Partial<ProjectQueryState>): string {
  return `/projects${serializeProjectQuery(state)}`;
}

// ---- charts -------------------------------------------------------------------------------

export const CHARTS = ["spending", "status", "category", "coverage", "map"] as const;
export type ChartSlug = (typeof CHARTS)[number];

export const MAP_METRICS = ["amount", "projects", "articles"] as const;
export type MapMetric = (typeof MAP_METRICS)[number];

/** Orders of the spending table; the default (largest first) is left out of URLs. */
const SPENDING_SORTS = ["amount-desc", "amount-asc", "year-desc", "year-asc", "district", "kind"] as const;
export type SpendingSort = (typeof SPENDING_SORTS)[number];
export const SPENDING_PAGE_SIZE = 20;

export interface ChartQueryState {
  kind: AmountKind | null;
  district: PlaceSlug | null;
  unit: MoneyUnit;
  scope: "regions" | "all";
  status: ProjectStatus | null;
  year: string | null;
  metric: MapMetric;
  /** The spending table's order and page. */
  sort: SpendingSort;
  page: number;
}

export const CHART_DEFAULTS: ChartQueryState = { kind: null, district: null, unit: "rial", scope: "all", status: null, year: null, metric: "projects", sort: "amount-desc", page: 1 };
const CHART_KEYS = ["kind", "district", "unit", "scope", "status", "year", "metric", "sort", "page"] as const;

const ChartQuery = z.object({
  kind: optionalEnum(AMOUNT_KINDS),
  district: optionalEnum(PLACE_SLUGS),
  unit: z.enum(MONEY_UNITS).catch("rial"),
  scope: z.enum(["regions", "all"]).catch("all"),
  status: optionalEnum(PROJECT_STATUSES),
  year: z.string().regex(/^1[34]\d\d$/).nullable().catch(null),
  metric: z.enum(MAP_METRICS).catch("projects"),
  sort: z.enum(SPENDING_SORTS).catch("amount-desc"),
  page: pageNumber,
});

export function parseChartQuery(raw: RawParams): ChartQueryState {
  const r = pick(raw, CHART_KEYS);
  return ChartQuery.parse({ ...r, unit: r.unit ?? "rial", scope: r.scope ?? "all", metric: r.metric ?? "projects", sort: r.sort ?? "amount-desc", page: r.page ?? 1 });
}

export function serializeChartQuery(state: Partial<ChartQueryState>): string {
  const full = { ...CHART_DEFAULTS, ...state };
  return toQuery(CHART_KEYS.map((k) => [k, full[k], CHART_DEFAULTS[k]] as const));
}

export function isChartSlug(v: string): v is ChartSlug {
  return CHARTS.some((c) => c === v);
}

/** Which query keys a chart uses; the others are dropped so its canonical URL is the shortest. */
export const CHART_KEYS_USED: Record<ChartSlug, readonly (keyof ChartQueryState)[]> = {
  spending: ["kind", "district", "unit", "scope", "year", "sort", "page"],
  status: ["district", "status"],
  category: ["district", "status"],
  coverage: [],
  map: ["metric", "kind", "unit"],
};

export function canonicalChartState(chart: ChartSlug, state: Partial<ChartQueryState>): ChartQueryState {
  const full: ChartQueryState = { ...CHART_DEFAULTS, ...state };
  const out: ChartQueryState = { ...CHART_DEFAULTS };
  const keep = <K extends keyof ChartQueryState>(k: K) => { out[k] = full[k]; };
  for (const k of CHART_KEYS_USED[chart]) keep(k);
  return out;
}

export function chartHref(chart: ChartSlug, state: Partial<ChartQueryState> = {}): string {
  return `/charts/${chart}${serializeChartQuery(canonicalChartState(chart, state))}`;
}

/** A chart's API (`image` ""), or its PNG/SVG image: the view's `query` (imageQuery) and `extra` keys after it. */
export function chartApiHref(chart: ChartSlug, image: "" | "png" | "svg", query = "", extra = ""): string {
  return `/api/charts/${chart}${image ? `/${image}` : ""}${joinQuery(query, extra)}`;
}

// ---- pages that read only the money unit (/ and /districts/[slug]) --------------------------

/** `path` shown in `unit` (rial, the default, is left out), with an optional #fragment. */
export function unitHref(path: string, unit: MoneyUnit, fragment = ""): string {
  return `${path}${serializeProjectQuery({ unit })}${fragment ? `#${fragment}` : ""}`;
}

// ---- articles (/articles) ------------------------------------------------------------------

export const ARTICLE_PAGE_SIZE = 30;

export interface ArticleQueryState {
  district: PlaceSlug | null;
  /** An outlet name as stored; one that no article has simply matches nothing. */
  outlet: string;
  page: number;
}

export const ARTICLE_DEFAULTS: ArticleQueryState = { district: null, outlet: "", page: 1 };
const ARTICLE_KEYS = ["district", "outlet", "page"] as const;

const ArticleQuery = z.object({
  district: optionalEnum(PLACE_SLUGS),
  outlet: textQuery,
  page: pageNumber,
});

export function parseArticleQuery(raw: RawParams): ArticleQueryState {
  const r = pick(raw, ARTICLE_KEYS);
  return ArticleQuery.parse({ ...r, outlet: r.outlet ?? "", page: r.page ?? 1 });
}

export function articlesHref(state: Partial<ArticleQueryState>): string {
  const full = { ...ARTICLE_DEFAULTS, ...state };
  return `/articles${toQuery(ARTICLE_KEYS.map((k) => [k, full[k], ARTICLE_DEFAULTS[k]] as const))}`;
}

// ---- one project's page (/projects/[id]) and the changes (/changes, /changes/feed.xml) ------

export interface ProjectPageState {
  /** Page of the timeline. */
  page: number;
  unit: MoneyUnit;
}

const PROJECT_PAGE_DEFAULTS: ProjectPageState = { page: 1, unit: "rial" };
const PROJECT_PAGE_KEYS = ["page", "unit"] as const;
const ProjectPageQuery = z.object({ page: pageNumber, unit: z.enum(MONEY_UNITS).catch("rial") });

export function parseProjectPageQuery(raw: RawParams): ProjectPageState {
  const r = pick(raw, PROJECT_PAGE_KEYS);
  return ProjectPageQuery.parse({ page: r.page ?? 1, unit: r.unit ?? "rial" });
}

/** Query string of a project's page (with "?", or "" for the defaults). */
function serializeProjectPageQuery(state: Partial<ProjectPageState>): string {
  const full = { ...PROJECT_PAGE_DEFAULTS, ...state };
  return toQuery(PROJECT_PAGE_KEYS.map((k) => [k, full[k], PROJECT_PAGE_DEFAULTS[k]] as const));
}

export function projectPageHref(id: number, state: Partial<ProjectPageState> = {}): string {
  return `/projects/${id}${serializeProjectPageQuery(state)}`;
}

export const CHANGES_PAGE_SIZE = 10;

export interface ChangesQueryState {
  district: PlaceSlug | null;
  /** A project id to follow; one that does not exist simply matches nothing. */
  project: number | null;
  page: number;
  unit: MoneyUnit;
}

const CHANGES_DEFAULTS: ChangesQueryState = { district: null, project: null, page: 1, unit: "rial" };
const CHANGES_KEYS = ["district", "project", "page", "unit"] as const;
const ChangesQuery = z.object({
  district: optionalEnum(PLACE_SLUGS),
  project: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).nullable().catch(null),
  page: pageNumber,
  unit: z.enum(MONEY_UNITS).catch("rial"),
});

export function parseChangesQuery(raw: RawParams): ChangesQueryState {
  const r = pick(raw, CHANGES_KEYS);
  return ChangesQuery.parse({ ...r, project: r.project ?? null, page: r.page ?? 1, unit: r.unit ?? "rial" });
}

function changesQuery(state: Partial<ChangesQueryState>, keys: readonly (keyof ChangesQueryState)[]): string {
  const full = { ...CHANGES_DEFAULTS, ...state };
  return toQuery(keys.map((k) => [k, full[k], CHANGES_DEFAULTS[k]] as const));
}

export function changesHref(state: Partial<ChangesQueryState> = {}): string {
  return `/changes${changesQuery(state, CHANGES_KEYS)}`;
}

/** The Atom feed of the same filters (a feed has no page; its unit is the default). */
export function feedHref(state: Partial<ChangesQueryState> = {}): string {
  return `/changes/feed.xml${changesQuery(state, ["district", "project"])}`;
}

/** Query of a chart's images and exports: the view without the table's sort and page. */
export function imageQuery(state: ChartQueryState): string {
  return serializeChartQuery({ ...state, sort: CHART_DEFAULTS.sort, page: CHART_DEFAULTS.page });
}

// ---- canonical URLs -------------------------------------------------------------------------
// The response cache (scripts/cached-server.ts) renders and keys every request by its CANONICAL
// query: only the keys its route reads, parsed and re-serialised by the functions above (bad values
// and defaults dropped, fixed order). Junk parameters therefore share one cache entry. A route that
// starts reading a new query key must say so in ROUTE_QUERIES, or the server drops the key before
// the page sees it (the e2e specs, which run against that server, would notice).

/** `?embed=1`, exactly once: the chart alone, frameable by other sites (a repeat is an array, not "1"). */
export function isEmbedQuery(params: URLSearchParams): boolean {
  const e = params.getAll("embed");
  return e.length === 1 && e[0] === "1";
}

/** The API's `format=csv` (the first value, like every other key). */
export function wantsCsvQuery(params: URLSearchParams): boolean {
  return params.get("format") === "csv";
}

/** `format=csv&full=1` on a chart's API: every figure behind the chart, not only its rows, a page at a time. */
export function wantsFullCsvQuery(params: URLSearchParams): boolean {
  return wantsCsvQuery(params) && params.get("full") === "1";
}

/** Rows per page of the amount exports (/api/amounts and a chart's `full=1` CSV). */
export const EXPORT_PAGE_SIZE = 500;

/** `page` of a paged export: bad values are page 1, past the end is the last page (lib/paging.ts). */
export function parseExportPage(raw: RawParams): number {
  return pageNumber.parse(first(raw.page) ?? 1);
}

/** The export's query (CSV or JSON, page), for its links to the next page. */
export function exportQuery(format: "csv" | "json", page: number, full = false): string {
  return joinQuery(format === "csv" ? (full ? "format=csv&full=1" : "format=csv") : "", page > 1 ? `page=${page}` : "");
}

/** `download=1` on a chart's PNG/SVG: the whole chart as the page draws it, not the 1200×630 preview. */
export function wantsDownloadQuery(params: URLSearchParams): boolean {
  return params.get("download") === "1";
}

export function rawParamsOf(params: URLSearchParams): RawParams {
  const out: RawParams = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

type QueryOf = (params: URLSearchParams, segment: string) => string;

const unitOf: QueryOf = (p) => serializeProjectQuery({ unit: parseProjectQuery(rawParamsOf(p)).unit });
const projectQueryOf: QueryOf = (p) => serializeProjectQuery(parseProjectQuery(rawParamsOf(p)));
const csvOf: QueryOf = (p) => (wantsFullCsvQuery(p) ? "format=csv&full=1" : wantsCsvQuery(p) ? "format=csv" : "");
const amountsExportOf: QueryOf = (p) => exportQuery(wantsCsvQuery(p) ? "csv" : "json", parseExportPage(rawParamsOf(p)));
const fullCsvOf: QueryOf = (p) => exportQuery("csv", parseExportPage(rawParamsOf(p)), true);
const articleQueryOf: QueryOf = (p) => articlesHref(parseArticleQuery(rawParamsOf(p))).slice("/articles".length);
const chartQueryOf = (slug: string, p: URLSearchParams): string => {
  const chart = safeDecode(slug);
  return chart !== null && isChartSlug(chart) ? serializeChartQuery(canonicalChartState(chart, parseChartQuery(rawParamsOf(p)))) : "";
};

/** Every route that reads its query, with the keys it reads ($1 = the path segment it needs). */
const ROUTE_QUERIES: readonly (readonly [RegExp, QueryOf])[] = [
  [/^\/$/, unitOf],
  [/^\/districts\/[^/]+$/, unitOf],
  [/^\/projects$/, projectQueryOf],
  [/^\/projects\/[^/]+$/, (p) => serializeProjectPageQuery(parseProjectPageQuery(rawParamsOf(p)))],
  [/^\/changes$/, (p) => changesHref(parseChangesQuery(rawParamsOf(p))).slice("/changes".length)],
  [/^\/changes\/feed\.xml$/, (p) => feedHref(parseChangesQuery(rawParamsOf(p))).slice("/changes/feed.xml".length)],
  [/^\/articles$/, articleQueryOf],
  [/^\/map$/, (p) => chartQueryOf("map", p)],
  [/^\/charts\/([^/]+)$/, (p, s) => joinQuery(chartQueryOf(s, p), isEmbedQuery(p) ? "embed=1" : "")],
  [/^\/api\/projects$/, (p) => joinQuery(projectQueryOf(p, ""), csvOf(p, ""))],
  [/^\/api\/amounts$/, amountsExportOf],
  [/^\/api\/districts$/, csvOf],
  // The full CSV is every amount whatever the view (the chart's keys are dropped), a page at a time.
  [/^\/api\/charts\/([^/]+)$/, (p, s) => (wantsFullCsvQuery(p) ? fullCsvOf(p, s) : joinQuery(chartQueryOf(s, p), csvOf(p, "")))],
  [/^\/api\/charts\/([^/]+)\/(?:png|svg)$/, (p, s) => joinQuery(chartQueryOf(s, p), wantsDownloadQuery(p) ? "download=1" : "")],
];

/**
 * The canonical query string (with "?", or "") of a request to `pathname`: what the route reads,
 * in a fixed order. Routes that read no query (an article, a project, about, 404s) get "".
 */
export function canonicalSearch(pathname: string, params: URLSearchParams): string {
  for (const [re, queryOf] of ROUTE_QUERIES) {
    const m = re.exec(pathname);
    if (m) return joinQuery(queryOf(params, m[1] ?? ""));
  }
  return "";
}

function joinQuery(...parts: string[]): string {
  const s = parts.map((p) => p.replace(/^\?/, "")).filter(Boolean).join("&");
  return s ? `?${s}` : "";
}

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
