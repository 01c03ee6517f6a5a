import { count, desc, eq } from "drizzle-orm";
import { pageWindow, type PageWindow } from "../../lib/paging";
import type { CitedFigure } from "../../lib/facts";
import { getDb } from "../client";
import { amounts, articles } from "../schema";

const COLUMNS = {
  id: amounts.id, articleId: amounts.articleId, articleTitle: articles.title, valueRial: amounts.valueRial,
  kind: amounts.kind, year: amounts.year, qualifier: amounts.qualifier, placesKey: amounts.placesKey,
  quote: amounts.quote, start: amounts.start, end: amounts.end, unitText: amounts.unitText, outlet: articles.outlet,
  published: articles.published, articleUrl: articles.url,
};

/**
 * One page of every amount, in the order they were added (article by article, in text order: ids
 * are given in that order, so the page is a walk of the primary key). A page past the end is the last.
 */
export function listAmountPage(page: number, size: number): { rows: CitedFigure[]; total: number } & PageWindow {
  const db = getDb();
  const total = db.select({ n: count() }).from(amounts).get()?.n ?? 0;
  const win = pageWindow(page, total, size);
  const rows = db.select(COLUMNS).from(amounts).innerJoin(articles, eq(articles.id, amounts.articleId)).orderBy(amounts.id).limit(win.size).offset(win.offset).all();
  return { rows, total, ...win };
}

export function listLargestAmounts(limit: number): CitedFigure[] {
  return getDb().select(COLUMNS).from(amounts).innerJoin(articles, eq(articles.id, amounts.articleId)).orderBy(desc(amounts.valueRial)).limit(limit).all();
}
