import { aliasedTable, and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { filterScopeOf, type PlaceSlug } from "../../lib/districts";
import type { ProjectRow } from "../../lib/facts";
import { pageWindow, type PageWindow } from "../../lib/paging";
import { facetsFromGroups } from "../../lib/search-facets";
import type { ProjectStatus } from "../../lib/extract/types";
import { foldText } from "../../lib/text-fold";
import type { ProjectQueryState } from "../../lib/url-state";
import { PAGE_SIZE } from "../../lib/url-state";
import { env } from "../../lib/env";
import { getDb } from "../client";
import { amounts, articles, placeFacets, projectChanges, projectMentions, projectPlaces, projects } from "../schema";

type Filters = Pick<ProjectQueryState, "district" | "status" | "category" | "q">;

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The filters as SQL. A search (`q`) is given as the mentions it matched (`matched`, from
 * searchMatches): any name a report gave a work counts, so «پل آقازاده» finds «پل شهیدان آقازاده».
 */
function conditions(f: Partial<Omit<Filters, "q">>, matched: SQL | null = null): SQL | undefined {
  const db = getDb();
  const parts: (SQL | undefined)[] = [eq(projects.hidden, false)];
  if (f.district) {
    const sub = db.select({ id: projectPlaces.projectId }).from(projectPlaces).where(inArray(projectPlaces.placeSlug, filterScopeOf(f.district)));
    parts.push(inArray(projects.id, sub));
  }
  if (f.status) parts.push(eq(projects.status, f.status));
  if (f.category) parts.push(eq(projects.category, f.category));
  if (matched) parts.push(sql`${projects.id} in (select ${projectMentions.projectId} from ${projectMentions} where ${projectMentions.id} in (${matched}))`);
  return and(...parts);
}

/**
 * Mentions whose folded name contains `q` (folded the same way, lib/text-fold.ts). Three characters
 * or more read the trigram index (migration 0004, `mention_names`); one or two («پل») cannot be
 * cut into trigrams and scan the names.
 */
function mentionsNamed(q: string): SQL {
  if ([...q].length >= 3) return sql`select rowid as id from mention_names where mention_names match ${`"${q.replace(/"/g, '""')}"`}`;
  return sql`select ${projectMentions.id} as id from ${projectMentions} where ${projectMentions.nameFolded} like ${`%${escapeLike(q)}%`} escape '\\'`;
}

const ORDER = {
  source: [asc(projects.hidden), asc(projects.firstArticleId), asc(projects.firstStart)],
  name: [asc(projects.nameFolded), asc(projects.id)],
  "amount-desc": [sql`${projects.amountValueRial} is null`, desc(projects.amountValueRial), asc(projects.id)],
  "amount-asc": [sql`${projects.amountValueRial} is null`, asc(projects.amountValueRial), asc(projects.id)],
  "most-reported": [desc(projects.articleCount), desc(projects.mentionCount), sql`${projects.lastPublished} is null`, desc(projects.lastPublished), desc(projects.lastArticleId), asc(projects.id)],
  // undated reports have no place in time: works reported only undated come last
  "last-reported": [sql`${projects.lastPublished} is null`, desc(projects.lastPublished), desc(projects.lastArticleId), asc(projects.id)],
} as const;

const figure = aliasedTable(amounts, "figure");

function selectProjectRows() {
  return getDb()
    .select({
      id: projects.id, name: projects.name, status: projects.status, category: projects.category,
      articleCount: projects.articleCount, mentionCount: projects.mentionCount,
      firstPublished: projects.firstPublished, lastPublished: projects.lastPublished,
      articleId: projectMentions.articleId, articleTitle: articles.title, articleOutlet: articles.outlet,
      articlePublished: articles.published, articleUrl: articles.url,
      quote: projectMentions.quote, start: projectMentions.start, end: projectMentions.end,
      amountId: projects.amountId, amountValueRial: figure.valueRial, amountKind: figure.kind,
      amountQualifier: figure.qualifier, amountStart: figure.start, amountArticleId: figure.articleId,
    })
    .from(projects)
    .innerJoin(projectMentions, eq(projectMentions.id, projects.latestMentionId))
    .innerJoin(articles, eq(articles.id, projectMentions.articleId))
    .leftJoin(figure, eq(figure.id, projects.amountId));
}

/**
 * The mentions a search matches, as a subquery for `conditions`: "none" without a search, "too
 * broad" past SEARCH_MATCH_CAP names (env, docs/bounds.md). The check stops counting at the cap,
 * so it is bounded too. Three letters or more: the trigram index, cheap to ask again in each query.
 * One or two: a scan of every name (28 ms at 100,000 works), so it runs once and its ids are handed
 * on (a trigram search handed on as ids was slower: 20 → 37 ms for 19,000 names).
 */
type SearchMatch = { kind: "none" } | { kind: "too broad" } | { kind: "matched"; mentions: SQL };

function searchMatches(q: string): SearchMatch {
  const folded = foldText(q);
  if (!folded) return { kind: "none" };
  const cap = env().SEARCH_MATCH_CAP;
  const named = mentionsNamed(folded);
  if ([...folded].length >= 3) {
    const n = getDb().get<{ n: number }>(sql`select count(*) as n from (${named} limit ${cap + 1})`)?.n ?? 0;
    return n > cap ? { kind: "too broad" } : { kind: "matched", mentions: named };
  }
  const ids = getDb().all<{ id: number }>(sql`${named} limit ${cap + 1}`).map((r) => r.id);
  return ids.length > cap ? { kind: "too broad" } : { kind: "matched", mentions: sql`select value from json_each(${JSON.stringify(ids)})` };
}

/** Whether a search matches more project names than one request may read (SEARCH_MATCH_CAP). */
export function searchTooBroad(q: string): boolean {
  return searchMatches(q).kind === "too broad";
}

/** `tooBroad`: a refused search (no rows, and a total of 0 that must not be shown as a count). */
export type ProjectPage = { rows: ProjectRow[]; total: number; tooBroad: boolean } & PageWindow;

/** One page of projects; a page past the end is the last page (lib/paging.ts). */
export function listProjects(state: ProjectQueryState): ProjectPage {
  return listPage(state, searchMatches(state.q));
}

/**
 * /projects: the page and its facet counts from ONE read of the search's matches (a one- or
 * two-letter search scans every name; the page and the facets asked it twice). A search too broad
 * to count has no facet counts at all (null), never zeros.
 */
export function listProjectsWithFacets(state: ProjectQueryState): { page: ProjectPage; facets: ProjectFacets | null } {
  const search = searchMatches(state.q);
  const page = listPage(state, search);
  return { page, facets: page.tooBroad ? null : facetsFor(state, search) };
}

function listPage(state: ProjectQueryState, search: SearchMatch): ProjectPage {
  if (search.kind === "too broad") return { rows: [], total: 0, tooBroad: true, ...pageWindow(1, 0, PAGE_SIZE) };
  const where = conditions(state, search.kind === "matched" ? search.mentions : null);
  if (search.kind === "matched" && pageWindow(state.page, Number.MAX_SAFE_INTEGER, PAGE_SIZE).page === 1) {
    // The first page of a search (most of them): the page and the total from ONE pass over the
    // works it matches, which a search reads whole anyway (a word found in one work of five,
    // within a region: 39 → 22 ms at 100,000 works). An empty first page is an empty list. A
    // later page counts first, so a page past the end still costs two passes, not three.
    const first = getDb()
      .select({ id: projects.id, total: sql<number>`count(*) over ()` })
      .from(projects)
      .where(where)
      .orderBy(...ORDER[state.sort])
      .limit(PAGE_SIZE)
      .all();
    const total = first[0]?.total ?? 0;
    return { rows: rowsFor(first.map((r) => r.id)), total, tooBroad: false, ...pageWindow(1, total, PAGE_SIZE) };
  }
  const total = getDb().select({ n: count() }).from(projects).where(where).get()?.n ?? 0;
  const win = pageWindow(state.page, total, PAGE_SIZE);
  // Deferred join: the page's ids come from an index walk over `projects` alone.
  const ids = getDb()
    .select({ id: projects.id })
    .from(projects)
    .where(where)
    .orderBy(...ORDER[state.sort])
    .limit(win.size)
    .offset(win.offset)
    .all()
    .map((r) => r.id);
  return { rows: rowsFor(ids), total, tooBroad: false, ...win };
}

function rowsFor(ids: readonly number[]): ProjectRow[] {
  if (ids.length === 0) return [];
  const byId = new Map(selectProjectRows().where(inArray(projects.id, [...ids])).all().map((r) => [r.id, r]));
  return withPlaces(ids.flatMap((id) => byId.get(id) ?? []));
}

function withPlaces<T extends { id: number }>(rows: T[]): (T & { places: PlaceSlug[] })[] {
  if (rows.length === 0) return [];
  const links = getDb().select().from(projectPlaces).where(inArray(projectPlaces.projectId, rows.map((r) => r.id))).all();
  return rows.map((r) => ({ ...r, places: links.filter((l) => l.projectId === r.id).map((l) => l.placeSlug) }));
}

export interface ProjectFacets {
  district: Map<string, number>;
  status: Map<string, number>;
  category: Map<string, number>;
}

/** Counts next to each filter value, each computed with the OTHER filters applied. */
export function countProjectFacets(f: Filters): ProjectFacets {
  return facetsFor(f, searchMatches(f.q));
}

function facetsFor(f: Filters, search: SearchMatch): ProjectFacets {
  // With a search: one grouped read of the works it matches. Without one, the per-place aggregates
  // every ingest stores (db/aggregates.ts place_facets: works per place filter × status ×
  // category, a few hundred rows). Either way lib/search-facets.ts applies the other filters.
  if (search.kind === "too broad") return { status: new Map(), category: new Map(), district: new Map() };
  if (search.kind === "matched") {
    const groups = getDb()
      .select({ status: projects.status, category: projects.category, placesKey: projects.placesKey, n: count() })
      .from(projects)
      .where(conditions({}, search.mentions))
      .groupBy(projects.status, projects.category, projects.placesKey)
      .all();
    return facetsFromGroups(groups, { district: f.district, status: f.status, category: f.category });
  }
  // Status and category from ONE grouped pass (status × category), already within the district:
  // each facet applies the other facet's filter. The district facet comes from place_facets.
  const pairs = f.district
    ? getDb().select({ status: placeFacets.status, category: placeFacets.category, n: placeFacets.projects }).from(placeFacets).where(eq(placeFacets.slug, f.district)).all()
    : getDb()
        .select({ status: projects.status, category: projects.category, n: count() })
        .from(projects)
        .where(conditions({}))
        .groupBy(projects.status, projects.category)
        .all();
  const { status, category } = facetsFromGroups(
    pairs.map((p) => ({ ...p, placesKey: "" })), // placeless here: the pairs are within the district already
    { district: null, status: f.status, category: f.category },
  );
  return { status, category, district: countDistricts(f) };
}

/** Works per place filter under the status and category filters (the district does not narrow its own facet). */
function countDistricts(f: Filters): Map<string, number> {
  const rows = getDb()
    .select({ slug: placeFacets.slug, n: sql<number>`sum(${placeFacets.projects})` })
    .from(placeFacets)
    .where(and(f.status ? eq(placeFacets.status, f.status) : undefined, f.category ? eq(placeFacets.category, f.category) : undefined))
    .groupBy(placeFacets.slug)
    .having(sql`sum(${placeFacets.projects}) > 0`)
    .all();
  return new Map(rows.map((r) => [r.slug, r.n]));
}

export const TIMELINE_PAGE_SIZE = 30;

/** One work with a page of its mentions in timeline order (dated by date, then undated). */
export function getProject(id: number, page = 1) {
  const db = getDb();
  const project = db.select().from(projects).where(eq(projects.id, id)).get();
  if (!project) return null;
  const places = db.select().from(projectPlaces).where(eq(projectPlaces.projectId, id)).all().map((l) => l.placeSlug);
  const order = [sql`${articles.published} is null`, asc(articles.published), asc(projectMentions.articleId), asc(projectMentions.start)];
  const mentions = db
    .select({
      id: projectMentions.id, articleId: projectMentions.articleId, name: projectMentions.name, status: projectMentions.status,
      category: projectMentions.category, quote: projectMentions.quote, start: projectMentions.start, end: projectMentions.end,
      amountId: projectMentions.amountId,
      article: { id: articles.id, title: articles.title, outlet: articles.outlet, published: articles.published, url: articles.url, text: articles.text },
    })
    .from(projectMentions)
    .innerJoin(articles, eq(articles.id, projectMentions.articleId))
    .where(eq(projectMentions.projectId, id))
    .orderBy(...order)
    .limit(TIMELINE_PAGE_SIZE)
    .offset((Math.max(1, page) - 1) * TIMELINE_PAGE_SIZE)
    .all();
  return { project, places, mentions };
}

/** Every figure linked to one of the project's mentions (bounded), in timeline order. */
export function listProjectFigures(id: number, limit = 200) {
  return getDb()
    .select({
      id: amounts.id, articleId: amounts.articleId, published: articles.published, start: amounts.start, end: amounts.end,
      valueRial: amounts.valueRial, unitText: amounts.unitText, kind: amounts.kind, year: amounts.year, qualifier: amounts.qualifier,
      quote: amounts.quote, mentionId: projectMentions.id, articleTitle: articles.title, articleOutlet: articles.outlet, articleUrl: articles.url,
    })
    .from(projectMentions)
    .innerJoin(amounts, eq(amounts.id, projectMentions.amountId))
    .innerJoin(articles, eq(articles.id, amounts.articleId))
    .where(eq(projectMentions.projectId, id))
    .orderBy(sql`${articles.published} is null`, asc(articles.published), asc(amounts.articleId), asc(amounts.start))
    .limit(limit)
    .all();
}

/** Newest reported first: by the date of the last report, undated-only works after. */
export function listRecentProjects(limit: number): ProjectRow[] {
  const ids = getDb()
    .select({ id: projects.id })
    .from(projects)
    .where(eq(projects.hidden, false))
    .orderBy(...ORDER["last-reported"])
    .limit(limit)
    .all()
    .map((r) => r.id);
  return rowsFor(ids);
}

/** Status changes of a project by mention id: the status each report replaced. */
export function listStatusChanges(id: number): Map<number, ProjectStatus | null> {
  const rows = getDb()
    .select({ mentionId: projectChanges.mentionId, previousStatus: projectChanges.previousStatus })
    .from(projectChanges)
    .where(and(eq(projectChanges.projectId, id), eq(projectChanges.type, "status")))
    .all();
  return new Map(rows.map((r) => [r.mentionId, r.previousStatus]));
}

/** The distinct names reports gave a project (bounded), most used first. */
export function listProjectNames(id: number, limit = 12): string[] {
  return getDb()
    .select({ name: projectMentions.name, n: count() })
    .from(projectMentions)
    .where(eq(projectMentions.projectId, id))
    .groupBy(projectMentions.name)
    .orderBy(desc(count()), asc(projectMentions.name))
    .limit(limit)
    .all()
    .map((r) => r.name);
}
