import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { filterScopeOf, filtersCovering, PLACE_SLUGS } from "../../lib/districts";
import { pageWindow, type PageWindow } from "../../lib/paging";
import { foldText } from "../../lib/text-fold";
import type { ProjectQueryState } from "../../lib/url-state";
import { PAGE_SIZE } from "../../lib/url-state";
import { getDb } from "../client";
import { amounts, articles, projectPlaces, projects, quantities } from "../schema";

export interface ProjectRow {
  id: number;
  name: string;
  status: string | null;
  category: string;
  articleId: number;
  articleTitle: string | null;
  articleOutlet: string | null;
  articlePublished: string | null;
  articleUrl: string | null;
  quote: string;
  start: number;
  end: number;
  amountId: number | null;
  amountValueRial: number | null;
  amountKind: string | null;
  amountQualifier: string | null;
  amountStart: number | null;
  places: string[];
}

type Filters = Pick<ProjectQueryState, "district" | "status" | "category" | "q">;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function conditions(f: Partial<Filters>): SQL | undefined {
  const db = getDb();
  const parts: (SQL | undefined)[] = [];
  if (f.district) {
    const sub = db.select({ id: projectPlaces.projectId }).from(projectPlaces).where(inArray(projectPlaces.placeSlug, filterScopeOf(f.district)));
    parts.push(inArray(projects.id, sub));
  }
  if (f.status) parts.push(eq(projects.status, f.status));
  if (f.category) parts.push(eq(projects.category, f.category));
  const q = f.q ? foldText(f.q) : "";
  if (q) parts.push(sql`${projects.nameFolded} like ${`%${escapeLike(q)}%`} escape '\\'`);
  return and(...parts);
}

const ORDER = {
  source: [asc(projects.articleId), asc(projects.start)],
  name: [asc(projects.nameFolded), asc(projects.id)],
  "amount-desc": [sql`${projects.amountValueRial} is null`, desc(projects.amountValueRial), asc(projects.id)],
  "amount-asc": [sql`${projects.amountValueRial} is null`, asc(projects.amountValueRial), asc(projects.id)],
} as const;

/** Project rows joined with their article and linked amount: the one shape every list returns. */
function selectProjectRows() {
  return getDb()
    .select({
      id: projects.id, name: projects.name, status: projects.status, category: projects.category,
      articleId: projects.articleId, articleTitle: articles.title, articleOutlet: articles.outlet,
      articlePublished: articles.published, articleUrl: articles.url, quote: projects.quote, start: projects.start, end: projects.end,
      amountId: projects.amountId, amountValueRial: amounts.valueRial, amountKind: amounts.kind,
      amountQualifier: amounts.qualifier, amountStart: amounts.start,
    })
    .from(projects)
    .innerJoin(articles, eq(articles.id, projects.articleId))
    .leftJoin(amounts, eq(amounts.id, projects.amountId));
}

/** One page of projects; a page past the end is the last page (lib/paging.ts). */
export function listProjects(state: ProjectQueryState): { rows: ProjectRow[]; total: number } & PageWindow {
  const where = conditions(state);
  const total = getDb().select({ n: count() }).from(projects).where(where).get()?.n ?? 0;
  const win = pageWindow(state.page, total, PAGE_SIZE);
  // Deferred join: the page's ids come from an index walk over `projects` alone; only those rows
  // are joined (OFFSET no longer joins every skipped row to articles and amounts).
  const ids = getDb()
    .select({ id: projects.id })
    .from(projects)
    .where(where)
    .orderBy(...ORDER[state.sort])
    .limit(win.size)
    .offset(win.offset)
    .all()
    .map((r) => r.id);
  if (ids.length === 0) return { rows: [], total, ...win };
  const byId = new Map(selectProjectRows().where(inArray(projects.id, ids)).all().map((r) => [r.id, r]));
  return { rows: withPlaces(ids.flatMap((id) => byId.get(id) ?? [])), total, ...win };
}

function withPlaces<T extends { id: number }>(rows: T[]): (T & { places: string[] })[] {
  if (rows.length === 0) return [];
  const links = getDb()
    .select()
    .from(projectPlaces)
    .where(inArray(projectPlaces.projectId, rows.map((r) => r.id)))
    .all();
  return rows.map((r) => ({ ...r, places: links.filter((l) => l.projectId === r.id).map((l) => l.placeSlug) }));
}

export interface ProjectFacets {
  district: Map<string, number>;
  status: Map<string, number>;
  category: Map<string, number>;
}

/** Counts next to each filter value, each computed with the OTHER filters applied. */
export function countProjectFacets(f: Filters): ProjectFacets {
  // Status and category from ONE grouped pass (status × category, an index-only scan): each facet
  // applies the other facet's filter, which the pairs already carry.
  const pairs = getDb()
    .select({ status: projects.status, category: projects.category, n: count() })
    .from(projects)
    .where(conditions({ ...f, status: null, category: null }))
    .groupBy(projects.status, projects.category)
    .all();
  const status = new Map<string, number>();
  const category = new Map<string, number>();
  for (const p of pairs) {
    if (!f.category || p.category === f.category) status.set(p.status ?? "", (status.get(p.status ?? "") ?? 0) + p.n);
    if (!f.status || p.status === f.status) category.set(p.category, (category.get(p.category) ?? 0) + p.n);
  }
  return { status, category, district: countDistricts(f) };
}

/** (owner, slug) pairs as a VALUES list: a fact linked to `slug` counts for the filter `owner`. */
export function scopePairs(): SQL {
  const pairs = PLACE_SLUGS.flatMap((slug) => filtersCovering(slug).map((owner) => sql`(${owner}, ${slug})`));
  return sql`(values ${sql.join(pairs, sql`, `)})`;
}

/** District counts grouped in SQL, instead of loading every project link into JavaScript. */
function countDistricts(f: Filters): Map<string, number> {
  const where = conditions({ ...f, district: null });
  const filtered = where ? sql`where ${projectPlaces.projectId} in (select ${projects.id} from ${projects} where ${where})` : sql``;
  const rows = getDb().all<{ owner: string; n: number }>(sql`
    with scope(owner, slug) as ${scopePairs()}
    select scope.owner as owner, count(distinct ${projectPlaces.projectId}) as n
    from ${projectPlaces} join scope on scope.slug = ${projectPlaces.placeSlug}
    ${filtered}
    group by scope.owner`);
  return new Map(rows.map((r) => [r.owner, r.n]));
}

export function getProject(id: number) {
  const db = getDb();
  const row = db
    .select({ p: projects, a: { id: articles.id, title: articles.title, text: articles.text, outlet: articles.outlet, published: articles.published, url: articles.url } })
    .from(projects)
    .innerJoin(articles, eq(articles.id, projects.articleId))
    .where(eq(projects.id, id))
    .get();
  if (!row) return null;
  const places = db.select().from(projectPlaces).where(eq(projectPlaces.projectId, id)).all().map((l) => l.placeSlug);
  const amount = row.p.amountId ? (db.select().from(amounts).where(eq(amounts.id, row.p.amountId)).get() ?? null) : null;
  return { project: row.p, article: row.a, places, amount };
}

/** Quantities reported in the same article whose span lies within [from, to). */
export function listQuantitiesInRange(articleId: number, from: number, to: number) {
  return getDb()
    .select()
    .from(quantities)
    .where(and(eq(quantities.articleId, articleId), sql`${quantities.start} >= ${from}`, sql`${quantities.end} <= ${to}`))
    .orderBy(asc(quantities.start))
    .all();
}

/** Newest first: by publication date where the text gives one, then by ingest order. */
export function listRecentProjects(limit: number): ProjectRow[] {
  // The newest `limit` projects lie in the newest `limit` articles that have projects.
  const newest = getDb()
    .select({ id: articles.id })
    .from(articles)
    .where(sql`exists (select 1 from ${projects} where ${projects.articleId} = ${articles.id})`)
    .orderBy(sql`${articles.published} is null`, desc(articles.published), desc(articles.id))
    .limit(limit);
  const rows = selectProjectRows()
    .where(inArray(projects.articleId, newest))
    .orderBy(sql`${articles.published} is null`, desc(articles.published), desc(projects.articleId), asc(projects.start))
    .limit(limit)
    .all();
  return withPlaces(rows);
}
