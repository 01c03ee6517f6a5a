import { asc, count, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { amounts, articles, placeMentions, projects, quantities } from "../schema";

export interface ArticleListRow {
  id: number;
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export function listArticles(): ArticleListRow[] {
  return getDb()
    .select({ id: articles.id, file: articles.file, title: articles.title, outlet: articles.outlet, published: articles.published, url: articles.url })
    .from(articles)
    .orderBy(asc(articles.file))
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
    projects: db.select().from(projects).where(eq(projects.articleId, articleId)).orderBy(asc(projects.start)).all(),
    quantities: db.select().from(quantities).where(eq(quantities.articleId, articleId)).orderBy(asc(quantities.start)).all(),
  };
}

export function countArticleFacts() {
  const db = getDb();
  const one = (t: typeof amounts | typeof projects | typeof quantities | typeof placeMentions | typeof articles) =>
    db.select({ n: count() }).from(t).get()?.n ?? 0;
  return {
    articles: one(articles),
    amounts: one(amounts),
    projects: one(projects),
    quantities: one(quantities),
    mentions: one(placeMentions),
  };
}

/** The newest publication date in the corpus (the "data date" printed with citations), or null. */
export function getDataDate(): string | null {
  return getDb().select({ d: sql<string | null>`max(${articles.published})` }).from(articles).get()?.d ?? null;
}
