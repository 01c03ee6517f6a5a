import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { filterScopeOf } from "../../lib/districts";
import { pageWindow, type PageWindow } from "../../lib/paging";
import { ARTICLE_PAGE_SIZE, type ArticleQueryState } from "../../lib/url-state";
import { getDb } from "../client";
import { amounts, articles, placeMentions, projectMentions, projects, quantities } from "../schema";

/** What lists and citations show of an article: never its file name. */
export interface ArticleListRow {
  id: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

function articleConditions(f: Pick<ArticleQueryState, "district" | "outlet">): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.district) {
    const sub = getDb().selectDistinct({ id: placeMentions.articleId }).from(placeMentions).where(inArray(placeMentions.placeSlug, filterScopeOf(f.district)));
    parts.push(inArray(articles.id, sub));
  }
  if (f.outlet) parts.push(eq(articles.outlet, f.outlet));
  return and(...parts);
}

/** One page of articles, newest first; undated ones last, in the order they were added. A page
 *  past the end is the last page. */
export function listArticles(state: ArticleQueryState): { rows: ArticleListRow[]; total: number } & PageWindow {
  const where = articleConditions(state);
  const total = getDb().select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const win = pageWindow(state.page, total, ARTICLE_PAGE_SIZE);
  const rows = getDb()
    .select({ id: articles.id, title: articles.title, outlet: articles.outlet, published: articles.published, url: articles.url })
    .from(articles)
    .where(where)
    .orderBy(sql`${articles.published} is null`, desc(articles.published), asc(articles.id))
    .limit(win.size)
    .offset(win.offset)
    .all();
  return { rows, total, ...win };
}

/**
 * Articles per publication day under the list's filters, for the per-year chart
 * (lib/article-years.ts): one row per distinct day, so bounded by the calendar, not the corpus.
 */
export function countArticlesByDay(f: Pick<ArticleQueryState, "district" | "outlet">): { days: { published: string; n: number }[]; undated: number } {
  const where = articleConditions(f);
  const days = getDb()
    .select({ published: sql<string>`${articles.published}`, n: count() })
    .from(articles)
    .where(and(where, sql`${articles.published} is not null`))
    .groupBy(articles.published)
    .all();
  const undated = getDb().select({ n: count() }).from(articles).where(and(where, sql`${articles.published} is null`)).get()?.n ?? 0;
  return { days, undated };
}

/** Outlets with their article counts, most articles first (bounded: a select lists them). */
export function listOutlets(limit = 200): { outlet: string; n: number }[] {
  return getDb()
    .select({ outlet: sql<string>`${articles.outlet}`, n: count() })
    .from(articles)
    .where(sql`${articles.outlet} is not null`)
    .groupBy(articles.outlet)
    .orderBy(desc(count()), asc(articles.outlet))
    .limit(limit)
    .all();
}

export function getArticle(id: number) {
  return getDb().select().from(articles).where(eq(articles.id, id)).get() ?? null;
}

/** Every fact of one article with its span, for highlighting the text. */
export function listArticleFacts(articleId: number) {
  const db = getDb();
  return {
    mentions: db.select().from(placeMentions).where(eq(placeMentions.articleId, articleId)).orderBy(asc(placeMentions.start)).all(),
    amounts: db.select().from(amounts).where(eq(amounts.articleId, articleId)).orderBy(asc(amounts.start)).all(),
    projects: db
      .select({
        id: projectMentions.id, articleId: projectMentions.articleId, projectId: projectMentions.projectId, name: projectMentions.name,
        status: projectMentions.status, category: projectMentions.category, quote: projectMentions.quote, start: projectMentions.start,
        end: projectMentions.end, hidden: projects.hidden,
      })
      .from(projectMentions)
      .leftJoin(projects, eq(projects.id, projectMentions.projectId))
      .where(eq(projectMentions.articleId, articleId))
      .orderBy(asc(projectMentions.start))
      .all(),
    quantities: db.select().from(quantities).where(eq(quantities.articleId, articleId)).orderBy(asc(quantities.start)).all(),
  };
}

export function countArticleFacts() {
  const db = getDb();
  const one = (t: typeof amounts | typeof quantities | typeof placeMentions | typeof articles) =>
    db.select({ n: count() }).from(t).get()?.n ?? 0;
  // A figure reported by several articles is one figure, as the spending chart and table count it.
  const figures = db.get<{ n: number }>(sql`select count(*) as n from (select distinct kind, value_rial, places_key from amounts)`)?.n ?? 0;
  return {
    articles: one(articles),
    amounts: one(amounts),
    figures,
    /** Works listed (hidden ones are not), not mentions. */
    projects: db.select({ n: count() }).from(projects).where(eq(projects.hidden, false)).get()?.n ?? 0,
    quantities: one(quantities),
    mentions: one(placeMentions),
  };
}

/** The newest publication date in the corpus (the "data date" printed with citations), or null. */
export function getDataDate(): string | null {
  return getDb().select({ d: sql<string | null>`max(${articles.published})` }).from(articles).get()?.d ?? null;
}
