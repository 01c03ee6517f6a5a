// Shapes reported amounts into the "spending per district" chart. Rules (DESIGN.md, issue 4):
// - one series per kind; amounts of different kinds are never added together;
// - a figure reported for several districts jointly is its own bar, labelled with all of them;
// - the same figure (value, kind, places) reported by several articles counts once, all sources kept;
// - distinct figures of one kind for one place are not summed either: each gets its own row;
// - city-wide, province-wide and town figures are a separate section from the city's districts.
import { getPlace, placesLabel, sortPlaceSlugs } from "./districts";
import { AMOUNT_KINDS, type AmountKind, type Qualifier } from "./extract/types";
import { formatYear } from "./format";

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
  sources: FigureSource[];
}

export interface SpendingRow {
  key: string;
  label: string;
  places: string[];
  figures: Partial<Record<AmountKind, Figure>>;
}

export interface SpendingSection {
  id: "districts" | "wide";
  rows: SpendingRow[];
  kinds: AmountKind[];
}

export interface SpendingFilter {
  kind?: AmountKind | null;
  year?: string | null;
  scope?: "regions" | "all";
}

const WIDE_KINDS = new Set(["city", "province", "town"]);

export function dedupeFigures(rows: readonly AmountRow[]): Figure[] {
  const byKey = new Map<string, Figure>();
  for (const r of rows) {
    if (!(AMOUNT_KINDS as readonly string[]).includes(r.kind)) continue;
    const key = `${r.kind}|${r.valueRial}|${r.placesKey}`;
    const source = {
      amountId: r.id, articleId: r.articleId, articleTitle: r.articleTitle, outlet: r.outlet ?? null,
      published: r.published ?? null, url: r.articleUrl ?? null, quote: r.quote, start: r.start,
    };
    const found = byKey.get(key);
    if (found) {
      if (!found.sources.some((s) => s.articleId === r.articleId && s.start === r.start)) found.sources.push(source);
      found.year ??= r.year;
      found.qualifier ??= r.qualifier as Qualifier | null;
      continue;
    }
    byKey.set(key, {
      kind: r.kind as AmountKind, valueRial: r.valueRial, year: r.year, qualifier: r.qualifier as Qualifier | null,
      places: sortPlaceSlugs(r.placesKey.split(",").filter(Boolean)), sources: [source],
    });
  }
  return [...byKey.values()];
}

function isWide(places: readonly string[]): boolean {
  return places.length > 0 && places.every((p) => WIDE_KINDS.has(getPlace(p)?.kind ?? ""));
}

function placeOrder(places: readonly string[]): number {
  const p = getPlace(places[0] ?? "");
  const base = p ? ["region", "neighbourhood", "city", "town", "province"].indexOf(p.kind) * 100 : 900;
  return base + (sortPlaceSlugs(places).length > 1 ? 50 : 0);
}

export function shapeSpending(rows: readonly AmountRow[], filter: SpendingFilter = {}): SpendingSection[] {
  const figures = dedupeFigures(rows).filter(
    (f) => (!filter.kind || f.kind === filter.kind) && (!filter.year || f.year === filter.year) && f.places.length > 0,
  );
  const sections: SpendingSection[] = [
    { id: "districts", rows: toRows(figures.filter((f) => !isWide(f.places))), kinds: [] },
    { id: "wide", rows: filter.scope === "regions" ? [] : toRows(figures.filter((f) => isWide(f.places))), kinds: [] },
  ];
  for (const s of sections) s.kinds = AMOUNT_KINDS.filter((k) => s.rows.some((r) => r.figures[k]));
  return sections;
}

function toRows(figures: Figure[]): SpendingRow[] {
  const rows: SpendingRow[] = [];
  // Rows per place group, so placing a figure is a lookup, not a scan of every row.
  const groups = new Map<string, SpendingRow[]>();
  const sorted = [...figures].sort(
    (a, b) => placeOrder(a.places) - placeOrder(b.places) || a.places.join().localeCompare(b.places.join()) || (a.year ?? "").localeCompare(b.year ?? ""),
  );
  for (const f of sorted) {
    const key = f.places.join("+");
    let twins = groups.get(key);
    if (!twins) groups.set(key, (twins = []));
    // Put the figure in the first row for these places that has no figure of its kind yet.
    let row = twins.find((r) => !r.figures[f.kind]);
    if (!row) {
      row = { key: `${key}#${twins.length + 1}`, label: placesLabel(f.places), places: f.places, figures: {} };
      twins.push(row);
      rows.push(row);
    }
    row.figures[f.kind] = f;
  }
  // Rows that share places but hold different figures are told apart by year or by a number.
  for (const twins of groups.values()) {
    if (twins.length < 2) continue;
    twins.forEach((r, i) => {
      const years = [...new Set(Object.values(r.figures).map((f) => f?.year).filter(Boolean))] as string[];
      r.label = `${r.label} (${years.length === 1 ? formatYear(years[0]!) : formatYear(String(i + 1))})`;
    });
  }
  return rows;
}
