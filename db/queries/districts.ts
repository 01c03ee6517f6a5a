import { sql, type SQL } from "drizzle-orm";
import { filterScopeOf, PLACE_SLUGS, type PlaceSlug } from "../../lib/districts";
import { AMOUNT_KINDS } from "../../lib/extract/types";
import { PANEL_FIGURES } from "../../lib/geo/metric";
import { getDb } from "../client";
import { scopePairs } from "./projects";
import { amountPlaces, amounts, placeMentions, projectPlaces } from "../schema";

export interface DistrictFigure { id: number; kind: string; valueRial: number; qualifier: string | null; year: string | null; places: string[] }

export interface DistrictStats {
  slug: PlaceSlug;
  /** Articles that mention the place (a region counts mentions of its neighbourhoods). */
  articles: number;
  /** Projects linked to the place (a region counts its neighbourhoods' projects). */
  projects: number;
  /** Distinct figures (kind, value, places) that name the place, alone or jointly with others. */
  figures: number;
  /** Of those, the PANEL_FIGURES largest of each kind (the map's colour and panel read no more). */
  amounts: DistrictFigure[];
}

const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);

/**
 * Reporting coverage and the largest figures of every place of lib/districts.ts, zeros included.
 * Bounded: everything is counted and ranked in SQL; at most places × kinds × PANEL_FIGURES rows come back.
 */
export function listDistrictStats(): DistrictStats[] {
  const db = getDb();
  // Coverage counted in SQL (distinct articles / projects per filter scope), not in JavaScript sets.
  const counted = (table: SQL, id: SQL, slug: SQL) =>
    new Map(db.all<{ owner: string; n: number }>(sql`with scope(owner, slug) as ${scopePairs()}
      select scope.owner as owner, count(distinct ${id}) as n from ${table} join scope on scope.slug = ${slug} group by scope.owner`).map((r) => [r.owner, r.n]));
  const articleCounts = counted(sql`${placeMentions}`, sql`${placeMentions.articleId}`, sql`${placeMentions.placeSlug}`);
  const projectCounts = counted(sql`${projectPlaces}`, sql`${projectPlaces.projectId}`, sql`${projectPlaces.placeSlug}`);
  // Distinct figures per owner, ranked within each kind; a figure reported by several articles is
  // one figure, represented by its first amount (qualifier and year from there).
  const top = db.all<{ owner: string; n: number } & Omit<DistrictFigure, "places"> & { placesKey: string }>(sql`
    with scope(owner, slug) as ${scopePairs()},
    figures as (
      select scope.owner as owner, ${amounts.kind} as kind, ${amounts.valueRial} as valueRial, ${amounts.placesKey} as placesKey, min(${amounts.id}) as id
      from ${amountPlaces} join scope on scope.slug = ${amountPlaces.placeSlug} join ${amounts} on ${amounts.id} = ${amountPlaces.amountId}
      where ${amounts.kind} in (${list(AMOUNT_KINDS)})
      group by scope.owner, ${amounts.kind}, ${amounts.valueRial}, ${amounts.placesKey}
    ),
    ranked as (
      select figures.*, row_number() over (partition by owner, kind order by valueRial desc, placesKey) as rnk,
        count(*) over (partition by owner) as n
      from figures
    )
    select ranked.owner as owner, ranked.n as n, ranked.id as id, ranked.kind as kind, ranked.valueRial as valueRial,
      ranked.placesKey as placesKey, ${amounts.qualifier} as qualifier, ${amounts.year} as year
    from ranked join ${amounts} on ${amounts.id} = ranked.id
    where ranked.rnk <= ${PANEL_FIGURES}
    order by owner, kind, valueRial desc`);
  const figures = new Map<string, { n: number; amounts: DistrictFigure[] }>();
  for (const r of top) {
    const cur = figures.get(r.owner) ?? { n: r.n, amounts: [] };
    cur.amounts.push({ id: r.id, kind: r.kind, valueRial: r.valueRial, qualifier: r.qualifier, year: r.year, places: r.placesKey.split(",") });
    figures.set(r.owner, cur);
  }
  return PLACE_SLUGS.map((slug) => ({
    slug,
    articles: articleCounts.get(slug) ?? 0,
    projects: projectCounts.get(slug) ?? 0,
    figures: figures.get(slug)?.n ?? 0,
    amounts: figures.get(slug)?.amounts ?? [],
  }));
}

export interface DistrictArticle {
  articleId: number; title: string | null; outlet: string | null; published: string | null; url: string | null;
  /** Mentions of the place (or a place inside it) in the article, and where the first one starts. */
  mentions: number; firstStart: number;
}

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
