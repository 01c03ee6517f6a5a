import fs from "node:fs";
import { and, asc, countDistinct, desc, eq, inArray, lte, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { filterScopeOf } from "../../lib/districts";
import type { ProjectStatus } from "../../lib/extract/types";
import type { Figure } from "../../lib/facts";
import { pageWindow, type PageWindow } from "../../lib/paging";
import type { ChangesQueryState } from "../../lib/url-state";
import { CHANGES_PAGE_SIZE } from "../../lib/url-state";
import { getDb } from "../client";
import { dbFile } from "../paths";
import { amounts, articles, projectChanges, projectMentions, projectPlaces, projects } from "../schema";

type Filters = Pick<ChangesQueryState, "district" | "project">;

/** project_changes.conflicts: the JSON list of the earlier amounts a figure conflicts with. */
const ConflictIds = z.array(z.number().int());
const conflictIdsOf = (json: string | null): number[] => (json ? ConflictIds.parse(JSON.parse(json)) : []);

function conditions(f: Filters): SQL | undefined {
  const parts: (SQL | undefined)[] = [eq(projects.hidden, false)];
  if (f.project) parts.push(eq(projectChanges.projectId, f.project));
  if (f.district) {
    const sub = getDb().select({ id: projectPlaces.projectId }).from(projectPlaces).where(inArray(projectPlaces.placeSlug, filterScopeOf(f.district)));
    parts.push(inArray(projectChanges.projectId, sub));
  }
  return and(...parts);
}

/** Newest published first; undated articles after every dated one, the last added first. */
const ARTICLE_ORDER = [sql`${articles.published} is null`, desc(articles.published), desc(articles.id)];

const figure = { id: amounts.id, valueRial: amounts.valueRial, unitText: amounts.unitText, kind: amounts.kind, qualifier: amounts.qualifier, start: amounts.start, articleId: amounts.articleId };

export interface ChangeRow {
  id: number;
  type: (typeof projectChanges.$inferSelect)["type"];
  projectId: number;
  projectName: string;
  articleId: number;
  status: ProjectStatus | null;
  previousStatus: ProjectStatus | null;
  mention: { start: number; end: number; quote: string; name: string };
  figure: ChangeFigure | null;
  conflicts: ChangeFigure[];
}

/** The figure a change is about (and those it conflicts with). */
export type ChangeFigure = Pick<Figure, "id" | "valueRial" | "kind" | "qualifier" | "start" | "articleId"> & { unitText: string };

export interface ChangeArticle {
  article: { id: number; title: string | null; outlet: string | null; published: string | null; url: string | null; sha256: string };
  changes: ChangeRow[];
  /** Changes of this article beyond the first CHANGES_PER_ARTICLE (its page lists every fact). */
  more: number;
}

/** One article at the fact limits adds hundreds of changes; a page shows this many of each. */
export const CHANGES_PER_ARTICLE = 12;
/** Earlier differing figures named beside a conflicting one. */
const CONFLICTS_SHOWN = 5;

/** The articles of one page (newest first) with what each added, and how many articles have changes. */
export function listChanges(f: Filters, page: number, pageSize = CHANGES_PAGE_SIZE): { articles: ChangeArticle[]; total: number } & PageWindow {
  const db = getDb();
  const where = conditions(f);
  const total = db
    .select({ n: countDistinct(projectChanges.articleId) })
    .from(projectChanges)
    .innerJoin(projects, eq(projects.id, projectChanges.projectId))
    .where(where)
    .get()?.n ?? 0;
  const win = pageWindow(page, total, pageSize);
  const page_ = db
    .selectDistinct({ id: articles.id, title: articles.title, outlet: articles.outlet, published: articles.published, url: articles.url, sha256: articles.sha256 })
    .from(projectChanges)
    .innerJoin(projects, eq(projects.id, projectChanges.projectId))
    .innerJoin(articles, eq(articles.id, projectChanges.articleId))
    .where(where)
    .orderBy(...ARTICLE_ORDER)
    .limit(win.size)
    .offset(win.offset)
    .all();
  if (!page_.length) return { articles: [], total, ...win };
  const ids = page_.map((a) => a.id);
  // The first CHANGES_PER_ARTICLE of each article in text order, ranked in SQL (not read and cut),
  // each row with its article's count of changes.
  const ranked = db
    .select({
      id: sql<number>`${projectChanges.id}`.as("ranked_id"),
      rank: sql<number>`row_number() over (partition by ${projectChanges.articleId} order by ${projectMentions.start}, ${projectChanges.id})`.as("rank"),
      inArticle: sql<number>`count(*) over (partition by ${projectChanges.articleId})`.as("in_article"),
    })
    .from(projectChanges)
    .innerJoin(projects, eq(projects.id, projectChanges.projectId))
    .innerJoin(projectMentions, eq(projectMentions.id, projectChanges.mentionId))
    .where(and(where, inArray(projectChanges.articleId, ids)))
    .as("ranked");
  const rows = db
    .select({
      change: {
        id: projectChanges.id, type: projectChanges.type, projectId: projectChanges.projectId, projectName: projects.name,
        articleId: projectChanges.articleId, status: projectChanges.status, previousStatus: projectChanges.previousStatus,
        conflicts: projectChanges.conflicts,
      },
      mention: { start: projectMentions.start, end: projectMentions.end, quote: projectMentions.quote, name: projectMentions.name },
      figure,
      inArticle: ranked.inArticle,
    })
    .from(projectChanges)
    .innerJoin(projects, eq(projects.id, projectChanges.projectId))
    .innerJoin(projectMentions, eq(projectMentions.id, projectChanges.mentionId))
    .leftJoin(amounts, eq(amounts.id, projectChanges.amountId))
    .innerJoin(ranked, eq(ranked.id, projectChanges.id))
    .where(and(where, inArray(projectChanges.articleId, ids), lte(ranked.rank, CHANGES_PER_ARTICLE)))
    .orderBy(asc(projectChanges.articleId), asc(projectMentions.start), asc(projectChanges.id))
    .all();
  const conflictsOf = (r: { conflicts: string | null }) => conflictIdsOf(r.conflicts).slice(0, CONFLICTS_SHOWN);
  const conflictIds = [...new Set(rows.flatMap((r) => conflictsOf(r.change)))];
  const earlier = new Map(conflictIds.length ? db.select(figure).from(amounts).where(inArray(amounts.id, conflictIds)).all().map((a) => [a.id, a]) : []);
  return {
    total,
    ...win,
    articles: page_.map((article) => {
      const own = rows.filter((r) => r.change.articleId === article.id);
      return {
        article,
        changes: own.map(({ change, mention, figure: f }) => ({
          ...change,
          mention,
          figure: f?.id ? f : null,
          conflicts: conflictsOf(change).flatMap((id) => earlier.get(id) ?? []),
        })),
        more: Math.max(0, (own[0]?.inArticle ?? 0) - CHANGES_PER_ARTICLE),
      };
    }),
  };
}

/** The latest changes for the feed: whole articles, newest first, until at least `limit` changes. */
export function listFeedChanges(f: Filters, limit = 50): ChangeArticle[] {
  const out: ChangeArticle[] = [];
  let n = 0;
  for (let page = 1; n < limit && page <= 10; page++) {
    const { articles: batch, pages } = listChanges(f, page, 10);
    if (!batch.length || page > pages) break; // a page past the end would repeat the last one
    for (const a of batch) {
      if (n >= limit) break;
      out.push({ ...a, changes: a.changes.slice(0, limit - n) });
      n += Math.min(a.changes.length, limit - n);
    }
  }
  return out;
}

/** Name of a project, for titles («تازه‌های …»); null when it does not exist or is hidden. */
export function getProjectName(id: number): string | null {
  return getDb().select({ name: projects.name }).from(projects).where(and(eq(projects.id, id), eq(projects.hidden, false))).get()?.name ?? null;
}

/** When the database was last written (seed or ingest), for feed entries of undated articles. */
export function getDatabaseTime(): string {
  return fs.statSync(dbFile()).mtime.toISOString();
}
