// Shapes reported amounts into the "spending per district" chart and table. Rules (DESIGN.md):
// - amounts of different kinds are never added together: each figure is one mark of its kind;
// - a figure reported for several districts jointly is one mark on the row of that group;
// - the same figure (value, kind, places) reported by several articles counts once, all sources kept;
// - distinct figures of one kind for one place are never summed: each is its own mark;
// - city-wide, province-wide and town figures are a separate section from the city's districts;
// - bounded: at most MAX_ROWS place groups and PER_KIND figures per (group, kind) are drawn; the
//   table below pages through every figure.
import { getPlace, PLACES, placesLabel, sortPlaceSlugs } from "./districts";
import { AMOUNT_KINDS, type AmountKind, type Qualifier } from "./extract/types";

export interface AmountRow {
  id: number;
  articleId: number;
  articleTitle: string | null;
  outlet?: string | null;
  published?: string | null;
  articleUrl?: string | null;
  valueRial: number;
  kind: string;
  year: string | null;
  qualifier: string | null;
  placesKey: string;
  quote: string;
  start: number;
  end: number;
  /** How many amounts (mentions) report this figure, when the query counted them. */
  sourceCount?: number;
}

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

export interface Figure {
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
  figures: Figure[];
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

const WIDE_KINDS = new Set(["city", "province", "town"]);

export function figureKey(f: { kind: string; valueRial: number; placesKey: string }): string {
  return `${f.kind}|${f.valueRial}|${f.placesKey}`;
}

export function dedupeFigures(rows: readonly AmountRow[]): Figure[] {
  const byKey = new Map<string, Figure>();
  for (const r of rows) {
    if (!(AMOUNT_KINDS as readonly string[]).includes(r.kind)) continue;
    const key = figureKey(r);
    const source = {
      amountId: r.id, articleId: r.articleId, articleTitle: r.articleTitle, outlet: r.outlet ?? null,
      published: r.published ?? null, url: r.articleUrl ?? null, quote: r.quote, start: r.start,
    };
    const found = byKey.get(key);
    if (found) {
      if (!found.sources.some((s) => s.articleId === r.articleId && s.start === r.start)) found.sources.push(source);
      found.sourceCount = Math.max(found.sourceCount, r.sourceCount ?? found.sources.length);
      found.year ??= r.year;
      found.qualifier ??= r.qualifier as Qualifier | null;
      continue;
    }
    byKey.set(key, {
      kind: r.kind as AmountKind, valueRial: r.valueRial, year: r.year, qualifier: r.qualifier as Qualifier | null,
      places: sortPlaceSlugs(r.placesKey.split(",").filter(Boolean)), placesKey: r.placesKey, sources: [source], sourceCount: r.sourceCount ?? 1,
    });
  }
  return [...byKey.values()];
}

export function sectionOf(places: readonly string[]): Section {
  return places.length > 0 && places.every((p) => WIDE_KINDS.has(getPlace(p)?.kind ?? "")) ? "wide" : "districts";
}

/** Rows in reading order: districts before city/province; regions, neighbourhoods, then joint groups. */
export function placeOrder(places: readonly string[]): number {
  const sorted = sortPlaceSlugs(places);
  const p = getPlace(sorted[0] ?? "");
  const base = p ? ["region", "neighbourhood", "city", "town", "province"].indexOf(p.kind) * 1000 : 9000;
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
  const pa = a.split(","), pb = b.split(",");
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
    const places = sortPlaceSlugs(key.split(","));
    const mine = figures.filter((f) => f.placesKey === key);
    const kept = AMOUNT_KINDS.flatMap((k) => mine.filter((f) => f.kind === k).sort((a, b) => b.valueRial - a.valueRial).slice(0, perKind));
    return { placesKey: key, label: placesLabel(places), section: sectionOf(places), figures: kept.sort((a, b) => b.valueRial - a.valueRial), total: picked.totals.get(key) ?? kept.length };
  });
  const shown = rows.reduce((n, r) => n + r.figures.length, 0);
  return { rows: rows.filter((r) => r.figures.length), totalFigures, hiddenFigures: Math.max(0, totalFigures - shown), hiddenGroups: picked.hiddenGroups };
}
