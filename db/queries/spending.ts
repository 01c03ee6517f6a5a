// Bounded reads for the spending chart and its table. The chart reads the top figures of each
// (place group, kind), the table one page of distinct figures; neither reads the whole corpus.
// A "figure" is a distinct (kind, value, places) triple: the same figure in several articles is
// one figure with several sources (lib/spending.ts#dedupeFigures merges the rows read here).
import { sql, type SQL } from "drizzle-orm";
import { AMOUNT_KINDS, isAmountKind, isQualifier, type AmountKind } from "../../lib/extract/types";
import { PLACES, WIDE_PLACE_KINDS, type PlaceSlug } from "../../lib/districts";
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

type RankedFigureRow = FigureAmountRow & { nth: number };
/** A figure row as raw SQL gives it: kind and qualifier are plain text until checked against their lists. */
type UncheckedFigureRow = Omit<RankedFigureRow, "kind" | "qualifier"> & { kind: string; qualifier: string | null };
type GroupCount = { placesKey: string; kind: AmountKind; figures: number };

// Raw rows are narrowed by the guards of lib/extract/types.ts, not typed by a generic. The SQL
// already keeps kinds to AMOUNT_KINDS, so nothing is dropped in practice; a qualifier that is not
// one of QUALIFIERS reads as none rather than hiding the figure.
function checkedFigures(rows: readonly UncheckedFigureRow[]): RankedFigureRow[] {
  return rows.flatMap((r) => {
    const { kind, qualifier } = r;
    return isAmountKind(kind) ? [{ ...r, kind, qualifier: qualifier !== null && isQualifier(qualifier) ? qualifier : null }] : [];
  });
}

function checkedGroups(rows: readonly (Omit<GroupCount, "kind"> & { kind: string })[]): GroupCount[] {
  return rows.flatMap((r) => {
    const { kind } = r;
    return isAmountKind(kind) ? [{ ...r, kind }] : [];
  });
}

const WIDE = PLACES.filter((p) => WIDE_PLACE_KINDS.includes(p.kind)).map((p) => p.slug);
// Reading order of places (regions, neighbourhoods, city, towns, province), as the chart's rows.
const ORDER_JSON = JSON.stringify(Object.fromEntries(PLACES.map((p) => [p.slug, placeOrder([p.slug])])));
const KIND_RANK = sql`case figs.kind ${sql.join(AMOUNT_KINDS.map((k, i) => sql`when ${k} then ${i}`), sql` `)} end`;
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
export function listSpendingGroups(f: SpendingFilter, limit: number): GroupCount[] {
  return checkedGroups(getDb().all<{ placesKey: string; kind: string; figures: number }>(sql`select a.places_key as placesKey, a.kind as kind, count(distinct a.value_rial) as figures
    from amounts a where ${where(f)} group by a.places_key, a.kind order by figures desc, a.places_key limit ${limit}`));
}

/** The `perKind` largest figures of each (place group, kind) in `placesKeys`, with up to `maxSources` sources each. */
export function listTopFigureAmounts(f: SpendingFilter, placesKeys: readonly string[], perKind: number, maxSources: number): FigureAmountRow[] {
  if (!placesKeys.length) return [];
  // Each (group, kind) first finds its perKind-th largest distinct value (an index range of one
  // group); only the amounts at or above it are ranked and joined to their articles, never the
  // whole corpus (≤ groups × kinds × perKind × maxSources rows come back).
  return checkedFigures(getDb().all<UncheckedFigureRow>(sql`
    with pairs as materialized (
      select distinct a.places_key as placesKey, a.kind as kind from amounts a where ${where(f)} and a.places_key in (${list(placesKeys)})
    ),
    cut as materialized (
      select p.placesKey as placesKey, p.kind as kind, coalesce((
        select distinct a.value_rial from amounts a where ${where(f)} and a.places_key = p.placesKey and a.kind = p.kind
        order by a.value_rial desc limit 1 offset ${perKind - 1}), 0) as floor
      from pairs p
    )
    select ${AMOUNT_COLUMNS}, t.sourceCount as sourceCount, t.nth as nth from (
      select a.id as id,
        row_number() over (partition by a.places_key, a.kind, a.value_rial order by a.article_id, a.start) as nth,
        count(*) over (partition by a.places_key, a.kind, a.value_rial) as sourceCount
      from amounts a join cut on cut.placesKey = a.places_key and cut.kind = a.kind and a.value_rial >= cut.floor
      where ${where(f)}
    ) t join amounts a on a.id = t.id join articles ar on ar.id = a.article_id
    where t.nth <= ${maxSources}
    order by a.places_key, a.kind, a.value_rial desc, t.nth`));
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
  // A figure's place rank is its first place's in reading order (lib/spending.ts#placeOrder),
  // worked out once per place group (a few hundred), not once per figure.
  const keys = db.all<{ kind: string; valueRial: number; placesKey: string }>(sql`
    with figs as (
      select a.kind as kind, a.value_rial as valueRial, a.places_key as placesKey, min(a.year) as year
      from amounts a where ${where(f)} group by a.kind, a.value_rial, a.places_key
    ),
    groups as (
      select g.placesKey as placesKey, min(r.value) as placeRank, instr(g.placesKey, ',') > 0 as joint
      from (select distinct placesKey from figs) g join json_each(${ORDER_JSON}) r on instr(',' || g.placesKey || ',', ',' || r.key || ',') > 0
      group by g.placesKey
    )
    select figs.kind as kind, figs.valueRial as valueRial, figs.placesKey as placesKey from (
      select figs.*, groups.placeRank as placeRank, groups.joint as joint, ${KIND_RANK} as kindRank
      from figs join groups on groups.placesKey = figs.placesKey
    ) figs order by ${SORT_SQL[sort]}, kind, valueRial, placesKey limit ${limit} offset ${offset}`);
  if (!keys.length) return [];
  const tuples = sql.join(keys.map((k) => sql`(${k.kind}, ${k.valueRial}, ${k.placesKey})`), sql`, `);
  const rows = checkedFigures(db.all<UncheckedFigureRow>(sql`select ${AMOUNT_COLUMNS}, t.sourceCount as sourceCount, t.nth as nth from (
      select a.id as id,
        row_number() over (partition by a.kind, a.value_rial, a.places_key order by a.article_id, a.start) as nth,
        count(*) over (partition by a.kind, a.value_rial, a.places_key) as sourceCount
      from amounts a
      where ${where(f)} and (a.kind, a.value_rial, a.places_key) in (values ${tuples})
    ) t join amounts a on a.id = t.id join articles ar on ar.id = a.article_id
    where t.nth <= ${maxSources}`));
  // Back in the page's order.
  const at = new Map(keys.map((k, i) => [`${k.kind}|${k.valueRial}|${k.placesKey}`, i]));
  return rows.sort((a, b) => at.get(`${a.kind}|${a.valueRial}|${a.placesKey}`)! - at.get(`${b.kind}|${b.valueRial}|${b.placesKey}`)! || a.nth - b.nth);
}
