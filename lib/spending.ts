// Shapes reported amounts into the "spending per district" chart and table. Rules (DESIGN.md):
// - amounts of different kinds are never added together: each figure is one mark of its kind;
// - a figure reported for several districts jointly is one mark on the row of that group;
// - the same figure (value, kind, places) reported by several articles counts once, all sources kept;
// - distinct figures of one kind for one place are never summed: each is its own mark;
// - city-wide, province-wide and town figures are a separate section from the city's districts;
// - bounded: at most MAX_ROWS place groups and PER_KIND figures per (group, kind) are drawn; the
//   table below pages through every figure.
import { getPlace, PLACE_KINDS, PLACES, placesLabel, sortPlaceSlugs, WIDE_PLACE_KINDS, type PlaceKind } from "./districts";
import { AMOUNT_KINDS, isAmountKind, type AmountKind, type Qualifier } from "./extract/types";
import { groupByFigure, type Figure } from "./facts";
import { decodePlacesKey } from "./places-key";

/** An amount as the spending queries read it: a figure with its article, and how many report it. */
export type AmountRow = Figure & {
  articleTitle: string | null;
  outlet?: string | null;
  published?: string | null;
  articleUrl?: string | null;
  /** How many amounts (mentions) report this figure, when the query counted them. */
  sourceCount?: number;
};

export interface FigureSource {
  amountId: number;
  articleId: number;
  articleTitle: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  quote: string;
  start: number;
}

/** One distinct figure (kind, value, places) with the articles that report it. */
export interface DistinctFigure {
  kind: AmountKind;
  valueRial: number;
  year: string | null;
  qualifier: Qualifier | null;
  places: string[];
  placesKey: string;
  sources: FigureSource[];
  /** All mentions of this figure, including those beyond `sources`. */
  sourceCount: number;
}

export type Section = "districts" | "wide";

export interface StripRow {
  placesKey: string;
  label: string;
  section: Section;
  /** Drawn figures, largest first. */
  figures: DistinctFigure[];
  /** Distinct figures this group has (drawn or not). */
  total: number;
}

export interface SpendingChartData {
  rows: StripRow[];
  /** Distinct figures matching the filter, in the chart or not. */
  totalFigures: number;
  hiddenFigures: number;
  hiddenGroups: number;
}

/** At most this many place groups are drawn; at most PER_KIND figures per group and kind. */
export const MAX_ROWS = 24;
export const PER_KIND = 3;
/** Sources listed per figure in the table (the count says how many there are in all). */
export const MAX_SOURCES = 5;

const WIDE_KINDS: ReadonlySet<PlaceKind> = new Set(WIDE_PLACE_KINDS);

export function dedupeFigures(rows: readonly AmountRow[]): DistinctFigure[] {
  return groupByFigure(rows.filter((r) => isAmountKind(r.kind))).map(([first, ...rest]) => {
    const sourceOf = (r: AmountRow): FigureSource => ({
      amountId: r.id, articleId: r.articleId, articleTitle: r.articleTitle, outlet: r.outlet ?? null,
      published: r.published ?? null, url: r.articleUrl ?? null, quote: r.quote, start: r.start,
    });
    const found: DistinctFigure = {
      kind: first.kind, valueRial: first.valueRial, year: first.year, qualifier: first.qualifier,
      places: sortPlaceSlugs(decodePlacesKey(first.placesKey)), placesKey: first.placesKey, sources: [sourceOf(first)], sourceCount: first.sourceCount ?? 1,
    };
    for (const r of rest) {
      if (!found.sources.some((s) => s.articleId === r.articleId && s.start === r.start)) found.sources.push(sourceOf(r));
      found.sourceCount = Math.max(found.sourceCount, r.sourceCount ?? found.sources.length);
      found.year ??= r.year;
      found.qualifier ??= r.qualifier;
    }
    return found;
  });
}

export function sectionOf(places: readonly string[]): Section {
  return places.length > 0 && places.every((p) => {
    const kind = getPlace(p)?.kind;
    return kind !== undefined && WIDE_KINDS.has(kind);
  }) ? "wide" : "districts";
}

/** Rows in reading order: districts before city/province; regions, neighbourhoods, then joint groups. */
export function placeOrder(places: readonly string[]): number {
  const sorted = sortPlaceSlugs(places);
  const p = getPlace(sorted[0] ?? "");
  const base = p ? PLACE_KINDS.indexOf(p.kind) * 1000 : 9000;
  const index = PLACES.findIndex((x) => x.slug === sorted[0]);
  return base + (sorted.length > 1 ? 500 : 0) + index * 10 + sorted.length;
}

/**
 * Which place groups get a row: the `maxRows` with the most figures, shown in place order.
 * `counts` are distinct figures per (group, kind), as listSpendingGroups returns them.
 */
export function pickRows(counts: readonly { placesKey: string; figures: number }[], maxRows = MAX_ROWS): { keys: string[]; hiddenGroups: number; totals: Map<string, number> } {
  const totals = new Map<string, number>();
  for (const c of counts) if (c.placesKey) totals.set(c.placesKey, (totals.get(c.placesKey) ?? 0) + c.figures);
  const byCount = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b));
  const keys = byCount.slice(0, maxRows).sort(compareGroups);
  return { keys, hiddenGroups: byCount.length - keys.length, totals };
}

function compareGroups(a: string, b: string): number {
  const pa = decodePlacesKey(a), pb = decodePlacesKey(b);
  const sa = sectionOf(pa), sb = sectionOf(pb);
  if (sa !== sb) return sa === "districts" ? -1 : 1;
  return placeOrder(pa) - placeOrder(pb) || a.localeCompare(b);
}

/**
 * The chart's rows from the top figures read for the picked groups: every figure its own mark,
 * at most `perKind` per (group, kind), largest first; kinds never merged, never summed.
 */
export function shapeSpendingChart(
  picked: { keys: string[]; hiddenGroups: number; totals: Map<string, number> },
  amounts: readonly AmountRow[],
  totalFigures: number,
  perKind = PER_KIND,
): SpendingChartData {
  const figures = dedupeFigures(amounts);
  const rows: StripRow[] = picked.keys.map((key) => {
    const places = sortPlaceSlugs(decodePlacesKey(key));
    const mine = figures.filter((f) => f.placesKey === key);
    const kept = AMOUNT_KINDS.flatMap((k) => mine.filter((f) => f.kind === k).sort((a, b) => b.valueRial - a.valueRial).slice(0, perKind));
    return { placesKey: key, label: placesLabel(places), section: sectionOf(places), figures: kept.sort((a, b) => b.valueRial - a.valueRial), total: picked.totals.get(key) ?? kept.length };
  });
  const shown = rows.reduce((n, r) => n + r.figures.length, 0);
  return { rows: rows.filter((r) => r.figures.length), totalFigures, hiddenFigures: Math.max(0, totalFigures - shown), hiddenGroups: picked.hiddenGroups };
}
