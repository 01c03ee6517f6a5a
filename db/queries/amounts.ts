import { asc, desc, eq, inArray } from "drizzle-orm";
import type { AmountRow } from "../../lib/spending";
import { getDb } from "../client";
import { amountPlaces, amounts, articles } from "../schema";

const COLUMNS = {
  id: amounts.id, articleId: amounts.articleId, articleTitle: articles.title, valueRial: amounts.valueRial,
  kind: amounts.kind, year: amounts.year, qualifier: amounts.qualifier, placesKey: amounts.placesKey,
  quote: amounts.quote, start: amounts.start, end: amounts.end, unitText: amounts.unitText, outlet: articles.outlet,
  published: articles.published, articleUrl: articles.url,
};

export type AmountListRow = AmountRow & { unitText: string; outlet: string | null; published: string | null; articleUrl: string | null };

export function listAmounts(): AmountListRow[] {
  return getDb().select(COLUMNS).from(amounts).innerJoin(articles, eq(articles.id, amounts.articleId)).orderBy(asc(amounts.articleId), asc(amounts.start)).all();
}

export function listLargestAmounts(limit: number): AmountListRow[] {
  return getDb().select(COLUMNS).from(amounts).innerJoin(articles, eq(articles.id, amounts.articleId)).orderBy(desc(amounts.valueRial)).limit(limit).all();
}

/** Amounts that name a place (or a neighbourhood inside a region), alone or jointly. */
export function listAmountsForPlace(slugs: readonly string[]): AmountListRow[] {
  const db = getDb();
  const ids = db.selectDistinct({ id: amountPlaces.amountId }).from(amountPlaces).where(inArray(amountPlaces.placeSlug, [...slugs]));
  return db.select(COLUMNS).from(amounts).innerJoin(articles, eq(articles.id, amounts.articleId)).where(inArray(amounts.id, ids)).orderBy(asc(amounts.articleId), asc(amounts.start)).all();
}
