// bench:scale with BENCH_SCALE_PROPOSED=1: the indexes and query shapes proposed in
// docs/performance.md ("Scale"), timed on a copy of the synthetic database. Once the lead has moved
// them into db/schema.ts and db/queries/*.ts this file can go (the plain run then measures them).
import Database from "better-sqlite3";
import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "../../db/client";
import { countProjectFacets, listProjects, type ProjectFacets, type ProjectRow } from "../../db/queries/projects";
import { amountPlaces, amounts, articles, placeMentions, projectPlaces, projects } from "../../db/schema";
import { filterScopeOf, filtersCovering, PLACE_SLUGS, type PlaceSlug } from "../../lib/districts";
import { foldText } from "../../lib/text-fold";
import { PAGE_SIZE, PROJECT_DEFAULTS, type ProjectQueryState } from "../../lib/url-state";
import { PROJECT_STATES, type QueryCase } from "./scale-cases";

/** The proposed migration (same statements as the diff to db/schema.ts in docs/performance.md). */
export const PROPOSED_INDEXES = [
  // /projects default order (source), and its deep pages as an index-only walk.
  "CREATE INDEX projects_source_idx ON projects (article_id, start)",
  "DROP INDEX projects_article_idx", // a prefix of projects_source_idx
  // sort=name, and `q` (LIKE '%…%') as a scan of this smaller index instead of the table.
  "CREATE INDEX projects_name_idx ON projects (name_folded)",
  // sort=amount-*: the amount's value is copied onto the project at ingest (see the ingest diff).
  "ALTER TABLE projects ADD COLUMN amount_value_rial integer",
  "UPDATE projects SET amount_value_rial = (SELECT value_rial FROM amounts WHERE amounts.id = projects.amount_id)",
  "CREATE INDEX projects_amount_value_idx ON projects (amount_value_rial)",
  // Status × category facets in one index-only pass (replaces the single-column status index).
  "CREATE INDEX projects_status_category_idx ON projects (status, category)",
  "DROP INDEX projects_status_idx",
  // Home page: largest figures.
  "CREATE INDEX amounts_value_idx ON amounts (value_rial)",
  "ANALYZE",
] as const;

export function applyProposedIndexes(file: string): void {
  const db = new Database(file);
  for (const s of PROPOSED_INDEXES) db.exec(s);
  db.close();
}

const projectsAmount = sql<number | null>`amount_value_rial`;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

type Filters = Pick<ProjectQueryState, "district" | "status" | "category" | "q">;

function conditions(f: Partial<Filters>): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.district) {
    const sub = getDb().select({ id: projectPlaces.projectId }).from(projectPlaces).where(inArray(projectPlaces.placeSlug, filterScopeOf(f.district)));
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
  "amount-desc": [sql`${projectsAmount} is null`, desc(projectsAmount), asc(projects.id)],
  "amount-asc": [sql`${projectsAmount} is null`, asc(projectsAmount), asc(projects.id)],
} as const;

/** Deferred join: the page's 20 ids come from an index walk; only those 20 rows are joined. */
export function listProjectsProposed(state: ProjectQueryState): { rows: ProjectRow[]; total: number } {
  const db = getDb();
  const where = conditions(state);
  const total = db.select({ n: sql<number>`count(*)` }).from(projects).where(where).get()?.n ?? 0;
  const pageIds = db
    .select({ id: projects.id })
    .from(projects)
    .where(where)
    .orderBy(...ORDER[state.sort])
    .limit(PAGE_SIZE)
    .offset((state.page - 1) * PAGE_SIZE)
    .all()
    .map((r) => r.id);
  if (pageIds.length === 0) return { rows: [], total };
  const byId = new Map(
    db
      .select({
        id: projects.id, name: projects.name, status: projects.status, category: projects.category,
        articleId: projects.articleId, articleTitle: articles.title, articleOutlet: articles.outlet, quote: projects.quote, start: projects.start, end: projects.end,
        amountId: projects.amountId, amountValueRial: amounts.valueRial, amountKind: amounts.kind,
        amountQualifier: amounts.qualifier, amountStart: amounts.start,
      })
      .from(projects)
      .innerJoin(articles, eq(articles.id, projects.articleId))
      .leftJoin(amounts, eq(amounts.id, projects.amountId))
      .where(inArray(projects.id, pageIds))
      .all()
      .map((r) => [r.id, r]),
  );
  const links = db.select().from(projectPlaces).where(inArray(projectPlaces.projectId, pageIds)).all();
  const rows = pageIds.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ ...r, places: links.filter((l) => l.projectId === id).map((l) => l.placeSlug) }] : [];
  });
  return { rows, total };
}

/** (owner, slug) pairs: a fact linked to `slug` counts for the filter `owner` (lib/districts.ts). */
function scopeValues(): SQL {
  const pairs = PLACE_SLUGS.flatMap((slug) => filtersCovering(slug).map((owner) => sql`(${owner}, ${slug})`));
  return sql`(values ${sql.join(pairs, sql`, `)})`;
}

/** District counts in SQL (one grouped query) instead of loading every project link into JS. */
function countDistricts(f: Filters): Map<string, number> {
  const where = conditions({ ...f, district: null });
  const filtered = where ? sql`where ${projectPlaces.projectId} in (select ${projects.id} from ${projects} where ${where})` : sql``;
  const rows = getDb().all<{ owner: string; n: number }>(sql`
    with scope(owner, slug) as ${scopeValues()}
    select scope.owner as owner, count(distinct ${projectPlaces.projectId}) as n
    from ${projectPlaces} join scope on scope.slug = ${projectPlaces.placeSlug}
    ${filtered}
    group by scope.owner`);
  return new Map(rows.map((r) => [r.owner, r.n]));
}

/** Status and category facets from ONE grouped pass (status × category), district in a second. */
export function countProjectFacetsProposed(f: Filters): ProjectFacets {
  const pairs = getDb()
    .select({ status: projects.status, category: projects.category, n: sql<number>`count(*)` })
    .from(projects)
    .where(conditions({ ...f, status: null, category: null }))
    .groupBy(projects.status, projects.category)
    .all();
  const status = new Map<string, number>();
  const category = new Map<string, number>();
  for (const p of pairs) {
    // Each facet applies the other facet's filter: derived from the same rows.
    if (!f.category || p.category === f.category) status.set(p.status ?? "", (status.get(p.status ?? "") ?? 0) + p.n);
    if (!f.status || p.status === f.status) category.set(p.category, (category.get(p.category) ?? 0) + p.n);
  }
  return { status, category, district: countDistricts(f) };
}

/** Article and project coverage per place in SQL; amounts as before (every figure is shown). */
export function listDistrictStatsProposed() {
  const db = getDb();
  const count = (table: SQL, id: SQL, slug: SQL) =>
    new Map(
      db
        .all<{ owner: string; n: number }>(sql`with scope(owner, slug) as ${scopeValues()}
          select scope.owner as owner, count(distinct ${id}) as n from ${table} join scope on scope.slug = ${slug} group by scope.owner`)
        .map((r) => [r.owner, r.n]),
    );
  const articleCounts = count(sql`${placeMentions}`, sql`${placeMentions.articleId}`, sql`${placeMentions.placeSlug}`);
  const projectCounts = count(sql`${projectPlaces}`, sql`${projectPlaces.projectId}`, sql`${projectPlaces.placeSlug}`);
  const figures = new Map<string, Map<number, { id: number; kind: string; valueRial: number; qualifier: string | null; year: string | null; places: string[] }>>();
  const rows = db
    .select({ id: amounts.id, kind: amounts.kind, valueRial: amounts.valueRial, qualifier: amounts.qualifier, year: amounts.year, placesKey: amounts.placesKey, slug: amountPlaces.placeSlug })
    .from(amountPlaces)
    .innerJoin(amounts, eq(amounts.id, amountPlaces.amountId))
    .all();
  for (const r of rows) {
    const fig = { id: r.id, kind: r.kind, valueRial: r.valueRial, qualifier: r.qualifier, year: r.year, places: r.placesKey.split(",") };
    for (const owner of filtersCovering(r.slug)) {
      const m = figures.get(owner) ?? new Map();
      m.set(r.id, fig);
      figures.set(owner, m);
    }
  }
  return PLACE_SLUGS.map((slug: PlaceSlug) => ({
    slug, articles: articleCounts.get(slug) ?? 0, projects: projectCounts.get(slug) ?? 0, amounts: [...(figures.get(slug)?.values() ?? [])],
  }));
}

/** Newest projects: look only at the newest articles that have projects (at most `limit` of them). */
export function listRecentProjectsProposed(limit: number) {
  const db = getDb();
  const recent = db
    .select({ id: articles.id })
    .from(articles)
    .where(sql`exists (select 1 from ${projects} where ${projects.articleId} = ${articles.id})`)
    .orderBy(sql`${articles.published} is null`, desc(articles.published), desc(articles.id))
    .limit(limit);
  return db
    .select({ id: projects.id })
    .from(projects)
    .innerJoin(articles, eq(articles.id, projects.articleId))
    .where(inArray(projects.articleId, recent))
    .orderBy(sql`${articles.published} is null`, desc(articles.published), desc(projects.articleId), asc(projects.start))
    .limit(limit)
    .all();
}

export function listLargestAmountsProposed(limit: number) {
  return getDb().select({ id: amounts.id }).from(amounts).orderBy(desc(amounts.valueRial)).limit(limit).all();
}

export function proposedCases(): QueryCase[] {
  const projectCases = PROJECT_STATES.flatMap(([label, s]): QueryCase[] => {
    const state = { ...PROJECT_DEFAULTS, ...s };
    return [
      { name: `listProjects ${label}`, run: () => { const r = listProjectsProposed(state); return `${r.rows.length} of ${r.total}`; } },
      { name: `countProjectFacets ${label}`, run: () => { const f = countProjectFacetsProposed(state); return `${f.district.size}/${f.status.size}/${f.category.size} keys`; } },
    ];
  });
  return [
    ...projectCases,
    { name: "listDistrictStats", run: () => `${listDistrictStatsProposed().length} places` },
    { name: "home: listLargestAmounts(4)", run: () => `${listLargestAmountsProposed(4).length} rows` },
    { name: "home: listRecentProjects(6)", run: () => `${listRecentProjectsProposed(6).length} rows` },
  ];
}

/** Same answers as the current queries? Checked on every /projects state before timing. */
export function checkProposedMatchCurrent(): string[] {
  const problems: string[] = [];
  for (const [label, s] of PROJECT_STATES) {
    const state = { ...PROJECT_DEFAULTS, ...s };
    const a = listProjects(state);
    const b = listProjectsProposed(state);
    if (a.total !== b.total || a.rows.map((r) => r.id).join() !== b.rows.map((r) => r.id).join()) problems.push(`listProjects ${label}`);
    const fa = countProjectFacets(state);
    const fb = countProjectFacetsProposed(state);
    for (const k of ["district", "status", "category"] as const) {
      const norm = (m: Map<string, number>) => JSON.stringify([...m].filter(([, n]) => n > 0).sort());
      if (norm(fa[k]) !== norm(fb[k])) problems.push(`countProjectFacets ${label} (${k})`);
    }
  }
  return problems;
}
