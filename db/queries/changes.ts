import fs from "node:fs";
import { and, asc, countDistinct, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { filterScopeOf } from "../../lib/districts";
import type { ProjectStatus } from "../../lib/extract/types";
import type { Figure } from "../../lib/facts";
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
}

/** The articles of one page (newest first) with what each added, and how many articles have changes. */
export function listChanges(f: Filters, page: number, pageSize = CHANGES_PAGE_SIZE): { articles: ChangeArticle[]; total: number } {
  const db = getDb();
  const where = conditions(f);
  const total = db
    .select({ n: countDistinct(projectChanges.articleId) })
    .from(projectChanges)
    .innerJoin(projects, eq(projects.id, projectChanges.projectId))
    .where(where)
    .get()?.n ?? 0;
  const page_ = db
    .selectDistinct({ id: articles.id, title: articles.title, outlet: articles.outlet, published: articles.published, url: articles.url, sha256: articles.sha256 })
    .from(projectChanges)
    .innerJoin(projects, eq(projects.id, projectChanges.projectId))
    .innerJoin(articles, eq(articles.id, projectChanges.articleId))
    .where(where)
    .orderBy(...ARTICLE_ORDER)
    .limit(pageSize)
    .offset((Math.max(1, page) - 1) * pageSize)
    .all();
  if (!page_.length) return { articles: [], total };
  const rows = db
    .select({
      id: projectChanges.id, type: projectChanges.type, projectId: projectChanges.projectId, projectName: projects.name,
      articleId: projectChanges.articleId, status: projectChanges.status, previousStatus: projectChanges.previousStatus,
      mention: { start: projectMentions.start, end: projectMentions.end, quote: projectMentions.quote, name: projectMentions.name },
      conflicts: projectChanges.conflicts, figure,
    })
    .from(projectChanges)
    .innerJoin(projects, eq(projects.id, projectChanges.projectId))
    .innerJoin(projectMentions, eq(projectMentions.id, projectChanges.mentionId))
    .leftJoin(amounts, eq(amounts.id, projectChanges.amountId))
    .where(and(where, inArray(projectChanges.articleId, page_.map((a) => a.id))))
    .orderBy(asc(projectChanges.articleId), asc(projectMentions.start), asc(projectChanges.id))
    .all();
  const conflictIds = [...new Set(rows.flatMap((r) => conflictIdsOf(r.conflicts)))];
  const earlier = new Map(conflictIds.length ? db.select(figure).from(amounts).where(inArray(amounts.id, conflictIds)).all().map((a) => [a.id, a]) : []);
  return {
    total,
    articles: page_.map((article) => ({
      article,
      changes: rows
        .filter((r) => r.articleId === article.id)
        .map((r) => ({
          ...r,
          figure: r.figure?.id ? r.figure : null,
          conflicts: conflictIdsOf(r.conflicts).flatMap((id) => earlier.get(id) ?? []),
        })),
    })),
  };
}

/** The latest changes for the feed: whole articles, newest first, until at least `limit` changes. */
export function listFeedChanges(f: Filters, limit = 50): ChangeArticle[] {
  const out: ChangeArticle[] = [];
  let n = 0;
  for (let page = 1; n < limit && page <= 10; page++) {
    const { articles: batch } = listChanges(f, page, 10);
    if (!batch.length) break;
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
