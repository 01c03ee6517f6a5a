// Bounded reads for the spending chart and its table. The chart reads the top figures of each
// (place group, kind), the table one page of distinct figures; neither reads the whole corpus.
// A "figure" is a distinct (kind, value, places) triple: the same figure in several articles is
// one figure with several sources (lib/spending.ts#dedupeFigures merges the rows read here).
import { sql, type SQL } from "drizzle-orm";
import { AMOUNT_KINDS, type AmountKind } from "../../lib/extract/types";
import { PLACES, type PlaceSlug } from "../../lib/districts";
import type { SpendingSort } from "../../lib/url-state";
import { placeOrder, type AmountRow } from "../../lib/spending";
import { getDb } from "../client";

export interface SpendingFilter {
  kind: AmountKind | null;
  year: string | null;
  /** Figures naming any of these places (a district and the places inside it); null = all. */
  scope: readonly PlaceSlug[] | null;
  /** Leave out figures reported only for the whole city, the province or its towns. */
  regionsOnly: boolean;
}

export type FigureAmountRow = AmountRow & { sourceCount: number };

const WIDE = PLACES.filter((p) => p.kind === "city" || p.kind === "province" || p.kind === "town").map((p) => p.slug);
// Reading order of places (regions, neighbourhoods, city, towns, province), as the chart's rows.
const ORDER_JSON = JSON.stringify(Object.fromEntries(PLACES.map((p) => [p.slug, placeOrder([p.slug])])));
const KIND_JSON = JSON.stringify(Object.fromEntries(AMOUNT_KINDS.map((k, i) => [k, i])));
const list = (xs: readonly string[]) => sql.join(xs.map((x) => sql`${x}`), sql`, `);

function where(f: SpendingFilter): SQL {
  const parts: SQL[] = [sql`a.places_key != ''`, sql`a.kind in (${list(AMOUNT_KINDS)})`];
  if (f.kind) parts.push(sql`a.kind = ${f.kind}`);
  if (f.year) parts.push(sql`a.year = ${f.year}`);
  if (f.scope) parts.push(sql`a.id in (select amount_id from amount_places where place_slug in (${list(f.scope)}))`);
  if (f.regionsOnly) parts.push(sql`exists (select 1 from amount_places ap where ap.amount_id = a.id and ap.place_slug not in (${list(WIDE)}))`);
  return sql.join(parts, sql` and `);
}

const AMOUNT_COLUMNS = sql`a.id as id, a.article_id as articleId, ar.title as articleTitle, ar.outlet as outlet,
  ar.published as published, ar.url as articleUrl,
  a.value_rial as valueRial, a.kind as kind, a.year as year, a.qualifier as qualifier, a.places_key as placesKey,
  a.quote as quote, a.start as start, a."end" as "end"`;

/** Distinct figures per (place group, kind), most first; at most `limit` groups are read. */
export function listSpendingGroups(f: SpendingFilter, limit: number): { placesKey: string; kind: AmountKind; figures: number }[] {
  return getDb().all(sql`select a.places_key as placesKey, a.kind as kind, count(distinct a.value_rial) as figures
    from amounts a where ${where(f)} group by a.places_key, a.kind order by figures desc, a.places_key limit ${limit}`);
}

/** The `perKind` largest figures of each (place group, kind) in `placesKeys`, with up to `maxSources` sources each. */
export function listTopFigureAmounts(f: SpendingFilter, placesKeys: readonly string[], perKind: number, maxSources: number): FigureAmountRow[] {
  if (!placesKeys.length) return [];
  return getDb().all(sql`select * from (
      select ${AMOUNT_COLUMNS},
        dense_rank() over (partition by a.places_key, a.kind order by a.value_rial desc) as rnk,
        row_number() over (partition by a.places_key, a.kind, a.value_rial order by a.article_id, a.start) as nth,
        count(*) over (partition by a.places_key, a.kind, a.value_rial) as sourceCount
      from amounts a join articles ar on ar.id = a.article_id
      where ${where(f)} and a.places_key in (${list(placesKeys)})
    ) where rnk <= ${perKind} and nth <= ${maxSources}
    order by placesKey, kind, valueRial desc, nth`);
}

export function countFigures(f: SpendingFilter): number {
  const r = getDb().get<{ n: number }>(sql`select count(*) as n from (select 1 from amounts a where ${where(f)} group by a.kind, a.value_rial, a.places_key)`);
  return r?.n ?? 0;
}

const SORT_SQL: Record<SpendingSort, SQL> = {
  "amount-desc": sql`valueRial desc, kindRank, placeRank`,
  "amount-asc": sql`valueRial asc, kindRank, placeRank`,
  "year-desc": sql`year is null, year desc, valueRial desc`,
  "year-asc": sql`year is null, year asc, valueRial desc`,
  // As the chart's rows (lib/spending.ts#placeOrder): a joint group after its region's own figures.
  district: sql`placeRank + joint * 500, placesKey, kindRank, valueRial desc`,
  kind: sql`kindRank, valueRial desc, placeRank`,
};

/** One page of distinct figures in the chosen order, with up to `maxSources` sources each. */
export function listFigurePage(f: SpendingFilter, sort: SpendingSort, limit: number, offset: number, maxSources: number): FigureAmountRow[] {
  const db = getDb();
  const keys = db.all<{ kind: string; valueRial: number; placesKey: string }>(sql`select kind, valueRial, placesKey from (
      select a.kind as kind, a.value_rial as valueRial, a.places_key as placesKey, min(a.year) as year,
        (select min(r.value) from amount_places ap join json_each(${ORDER_JSON}) r on r.key = ap.place_slug where ap.amount_id = min(a.id)) as placeRank,
        instr(a.places_key, ',') > 0 as joint,
        (select r.value from json_each(${KIND_JSON}) r where r.key = a.kind) as kindRank
      from amounts a where ${where(f)} group by a.kind, a.value_rial, a.places_key
    ) order by ${SORT_SQL[sort]}, kind, valueRial, placesKey limit ${limit} offset ${offset}`);
  if (!keys.length) return [];
  const tuples = sql.join(keys.map((k) => sql`(${k.kind}, ${k.valueRial}, ${k.placesKey})`), sql`, `);
  const rows = db.all<FigureAmountRow & { nth: number }>(sql`select * from (
      select ${AMOUNT_COLUMNS},
        row_number() over (partition by a.kind, a.value_rial, a.places_key order by a.article_id, a.start) as nth,
        count(*) over (partition by a.kind, a.value_rial, a.places_key) as sourceCount
      from amounts a join articles ar on ar.id = a.article_id
      where ${where(f)} and (a.kind, a.value_rial, a.places_key) in (values ${tuples})
    ) where nth <= ${maxSources}`);
  // Back in the page's order.
  const at = new Map(keys.map((k, i) => [`${k.kind}|${k.valueRial}|${k.placesKey}`, i]));
  return rows.sort((a, b) => at.get(`${a.kind}|${a.valueRial}|${a.placesKey}`)! - at.get(`${b.kind}|${b.valueRial}|${b.placesKey}`)! || a.nth - b.nth);
}
