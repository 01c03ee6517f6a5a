import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { filterScopeOf, filtersCovering } from "../../lib/districts";
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
  "amount-desc": [sql`${amounts.valueRial} is null`, desc(amounts.valueRial), asc(projects.id)],
  "amount-asc": [sql`${amounts.valueRial} is null`, asc(amounts.valueRial), asc(projects.id)],
} as const;

/** Project rows joined with their article and linked amount: the one shape every list returns. */
function selectProjectRows() {
  return getDb()
    .select({
      id: projects.id, name: projects.name, status: projects.status, category: projects.category,
      articleId: projects.articleId, articleTitle: articles.title, articleOutlet: articles.outlet, quote: projects.quote, start: projects.start, end: projects.end,
      amountId: projects.amountId, amountValueRial: amounts.valueRial, amountKind: amounts.kind,
      amountQualifier: amounts.qualifier, amountStart: amounts.start,
    })
    .from(projects)
    .innerJoin(articles, eq(articles.id, projects.articleId))
    .leftJoin(amounts, eq(amounts.id, projects.amountId));
}

export function listProjects(state: ProjectQueryState): { rows: ProjectRow[]; total: number } {
  const where = conditions(state);
  const total = getDb().select({ n: count() }).from(projects).where(where).get()?.n ?? 0;
  const rows = selectProjectRows()
    .where(where)
    .orderBy(...ORDER[state.sort])
    .limit(PAGE_SIZE)
    .offset((state.page - 1) * PAGE_SIZE)
    .all();
  return { rows: withPlaces(rows), total };
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
  const db = getDb();
  const status = db
    .select({ key: projects.status, n: count() })
    .from(projects)
    .where(conditions({ ...f, status: null }))
    .groupBy(projects.status)
    .all();
  const category = db
    .select({ key: projects.category, n: count() })
    .from(projects)
    .where(conditions({ ...f, category: null }))
    .groupBy(projects.category)
    .all();
  const links = db
    .select({ projectId: projectPlaces.projectId, slug: projectPlaces.placeSlug })
    .from(projectPlaces)
    .innerJoin(projects, eq(projects.id, projectPlaces.projectId))
    .where(conditions({ ...f, district: null }))
    .all();
  return {
    status: new Map(status.map((r) => [r.key ?? "", r.n])),
    category: new Map(category.map((r) => [r.key, r.n])),
    district: countByScope(links),
  };
}

function countByScope(links: { projectId: number; slug: string }[]): Map<string, number> {
  const sets = new Map<string, Set<number>>();
  for (const l of links) {
    for (const owner of filtersCovering(l.slug)) {
      const set = sets.get(owner) ?? new Set<number>();
      set.add(l.projectId);
      sets.set(owner, set);
    }
  }
  return new Map([...sets].map(([k, v]) => [k, v.size]));
}

export function getProject(id: number) {
  const db = getDb();
  const row = db
    .select({ p: projects, a: { id: articles.id, title: articles.title, text: articles.text, outlet: articles.outlet, published: articles.published } })
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
  const rows = selectProjectRows()
    .orderBy(sql`${articles.published} is null`, desc(articles.published), desc(projects.articleId), asc(projects.start))
    .limit(limit)
    .all();
  return withPlaces(rows);
}
