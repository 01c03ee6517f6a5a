import { asc, sql } from "drizzle-orm";
import { filterScopeOf, PLACE_SLUGS, type PlaceSlug } from "../../lib/districts";
import type { PlaceAmount, PlaceStats } from "../../lib/geo/metric";
import { getDb } from "../client";
import { placeFigures, placeMentions, placeStats } from "../schema";


/**
 * Reporting coverage and the largest figures of every place of lib/districts.ts, zeros included,
 * from the aggregates every ingest rebuilds (db/aggregates.ts): at most places × kinds ×
 * PANEL_FIGURES rows, whatever the corpus holds.
 */
export function listDistrictStats(): PlaceStats[] {
  const db = getDb();
  const stats = new Map(db.select().from(placeStats).all().map((s) => [s.slug, s]));
  const figures = new Map<string, PlaceAmount[]>();
  for (const f of db.select().from(placeFigures).orderBy(asc(placeFigures.slug), asc(placeFigures.kind), asc(placeFigures.rank)).all()) {
    const list = figures.get(f.slug) ?? [];
    list.push({ id: f.amountId, kind: f.kind, valueRial: f.valueRial, qualifier: f.qualifier, year: f.year, placesKey: f.placesKey });
    figures.set(f.slug, list);
  }
  return PLACE_SLUGS.map((slug) => {
    const s = stats.get(slug);
    return { slug, articles: s?.articles ?? 0, projects: s?.projects ?? 0, figures: s?.figures ?? 0, amounts: figures.get(slug) ?? [] };
  });
}

export interface DistrictArticle {
  articleId: number; title: string | null; outlet: string | null; published: string | null; url: string | null;
  /** Mentions of the place (or a place inside it) in the article, and where the first one starts. */
  mentions: number; firstStart: number;
}

const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);

/** The `limit` newest articles that mention a place or a place inside it (undated last), and how many there are. */
export function listDistrictArticles(slug: PlaceSlug, limit: number): { rows: DistrictArticle[]; total: number } {
  const db = getDb();
  const scope = list(filterScopeOf(slug));
  const total = db.get<{ n: number }>(sql`select count(distinct ${placeMentions.articleId}) as n from ${placeMentions} where ${placeMentions.placeSlug} in (${scope})`)?.n ?? 0;
  const rows = db.all<DistrictArticle>(sql`
    select m.article_id as articleId, m.mentions as mentions, m.firstStart as firstStart,
      ar.title as title, ar.outlet as outlet, ar.published as published, ar.url as url
    from (
      select ${placeMentions.articleId} as article_id, count(*) as mentions, min(${placeMentions.start}) as firstStart
      from ${placeMentions} where ${placeMentions.placeSlug} in (${scope}) group by ${placeMentions.articleId}
    ) m join articles ar on ar.id = m.article_id
    order by ar.published is null, ar.published desc, ar.id
    limit ${limit}`);
  return { rows, total };
}
