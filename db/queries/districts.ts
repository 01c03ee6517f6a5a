import { asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { filterScopeOf, filtersCovering, PLACE_SLUGS, type PlaceSlug } from "../../lib/districts";
import { getDb } from "../client";
import { scopePairs } from "./projects";
import { amountPlaces, amounts, articles, placeMentions, projectPlaces } from "../schema";

export interface DistrictStats {
  slug: PlaceSlug;
  /** Articles that mention the place (a region counts mentions of its neighbourhoods). */
  articles: number;
  /** Projects linked to the place (a region counts its neighbourhoods' projects). */
  projects: number;
  /** Amounts that name the place, alone or jointly with others. */
  amounts: { id: number; kind: string; valueRial: number; qualifier: string | null; year: string | null; places: string[] }[];
}

/** Reporting coverage and figures for every place of lib/districts.ts, zeros included. */
export function listDistrictStats(): DistrictStats[] {
  const db = getDb();
  const stats = new Map<string, { amounts: Map<number, DistrictStats["amounts"][number]> }>(
    PLACE_SLUGS.map((s) => [s, { amounts: new Map() }]),
  );
  // Coverage counted in SQL (distinct articles / projects per filter scope), not in JavaScript sets.
  const counted = (table: SQL, id: SQL, slug: SQL) =>
    new Map(db.all<{ owner: string; n: number }>(sql`with scope(owner, slug) as ${scopePairs()}
      select scope.owner as owner, count(distinct ${id}) as n from ${table} join scope on scope.slug = ${slug} group by scope.owner`).map((r) => [r.owner, r.n]));
  const articleCounts = counted(sql`${placeMentions}`, sql`${placeMentions.articleId}`, sql`${placeMentions.placeSlug}`);
  const projectCounts = counted(sql`${projectPlaces}`, sql`${projectPlaces.projectId}`, sql`${projectPlaces.placeSlug}`);
  const rows = db
    .select({ id: amounts.id, kind: amounts.kind, valueRial: amounts.valueRial, qualifier: amounts.qualifier, year: amounts.year, placesKey: amounts.placesKey, slug: amountPlaces.placeSlug })
    .from(amountPlaces)
    .innerJoin(amounts, eq(amounts.id, amountPlaces.amountId))
    .all();
  for (const r of rows) {
    const fig = { id: r.id, kind: r.kind, valueRial: r.valueRial, qualifier: r.qualifier, year: r.year, places: r.placesKey.split(",") };
    for (const owner of filtersCovering(r.slug)) stats.get(owner)?.amounts.set(r.id, fig);
  }
  return PLACE_SLUGS.map((slug) => {
    const s = stats.get(slug)!;
    return { slug, articles: articleCounts.get(slug) ?? 0, projects: projectCounts.get(slug) ?? 0, amounts: [...s.amounts.values()] };
  });
}

/** Articles that mention a place or a place inside it, with how often. */
export function listDistrictArticles(slug: PlaceSlug) {
  const db = getDb();
  const mentions = db
    .select({ articleId: placeMentions.articleId, start: placeMentions.start, title: articles.title, outlet: articles.outlet, published: articles.published, url: articles.url })
    .from(placeMentions)
    .innerJoin(articles, eq(articles.id, placeMentions.articleId))
    .where(inArray(placeMentions.placeSlug, filterScopeOf(slug)))
    .orderBy(asc(placeMentions.articleId), asc(placeMentions.start))
    .all();
  const byArticle = new Map<number, { articleId: number; title: string | null; outlet: string | null; published: string | null; url: string | null; mentions: number; firstStart: number }>();
  for (const m of mentions) {
    const cur = byArticle.get(m.articleId);
    if (cur) cur.mentions += 1;
    else byArticle.set(m.articleId, { articleId: m.articleId, title: m.title, outlet: m.outlet, published: m.published, url: m.url, mentions: 1, firstStart: m.start });
  }
  return [...byArticle.values()];
}
