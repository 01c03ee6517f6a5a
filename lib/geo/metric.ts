// From per-place statistics (db/queries/districts.ts listDistrictStats) to what the map colours
// and says about each place. Null means "nothing reported about this place", never zero.
import { placeLabel, PLACES, sortPlaceSlugs, type PlaceSlug } from "../districts";
import { AMOUNT_KINDS, isAmountKind, type AmountKind } from "../extract/types";
import { groupByFigure, type Figure } from "../facts";
import { decodePlacesKey } from "../places-key";
import { formatMoney, formatNumber, type MoneyUnit } from "../format";
import { KIND_LABELS } from "../strings";
import type { MapMetric } from "../url-state";
import { MAP_METRIC_LABELS, MAP_STRINGS } from "./labels";
import { buildScale, classify, legendEntries, type LegendEntry, type MetricValue, type Scale, type Swatch } from "./scale";

/** One of a place's largest figures. */
export type PlaceAmount = Pick<Figure, "id" | "kind" | "valueRial" | "qualifier" | "year" | "placesKey">;

/** A place's coverage and largest figures, as db/queries/districts.ts#listDistrictStats returns them. */
export interface PlaceStats {
  slug: PlaceSlug;
  /** Articles that mention the place (a region counts mentions of its neighbourhoods). */
  articles: number;
  /** Projects linked to the place (a region counts its neighbourhoods' projects). */
  projects: number;
  /** Distinct figures that name the place (`amounts` may hold only the largest of each kind). */
  figures: number;
  /** The PANEL_FIGURES largest figures of each kind (the map's colour and panel read no more). */
  amounts: readonly PlaceAmount[];
}

/** Figures a place's panel lists (the largest of the chosen kind first); the rest are counted. */
export const PANEL_FIGURES = 4;

export interface MapChoice {
  metric: MapMetric;
  /** Only read when metric is "amount". */
  kind: AmountKind;
  unit: MoneyUnit;
}

export const DEFAULT_MAP_KIND: AmountKind = "credit";

export type PlaceFigure = Pick<Figure, "kind" | "valueRial" | "qualifier" | "year"> & {
  /** The other places of a joint figure (empty when it names this place alone). */
  jointWith: string[];
}

export interface PlaceView {
  slug: PlaceSlug;
  label: string;
  value: MetricValue;
  swatch: Swatch;
  /** The metric as text: «۳ پروژه», «۴۴۲ میلیارد ریال», «بدون گزارش در خبرها». */
  valueText: string;
  /** The metric in a few characters, for a tile: «۹ پروژه», «۴٬۷۰۰», «بی‌گزارش». */
  tileText: string;
  /** Accessible name of the place's link. */
  ariaLabel: string;
  articles: number;
  projects: number;
  /** The largest figures, chosen kind first (at least PANEL_FIGURES when there are so many). */
  figures: PlaceFigure[];
  /** How many distinct figures name the place in all. */
  figureCount: number;
}

export interface MapView {
  choice: MapChoice;
  places: Map<PlaceSlug, PlaceView>;
  scale: Scale;
  legend: LegendEntry[];
  legendTitle: string;
}

function hasReports(s: PlaceStats): boolean {
  return s.articles > 0 || s.projects > 0 || s.figures > 0;
}

export function metricValue(s: PlaceStats, choice: MapChoice): MetricValue {
  if (!hasReports(s)) return null;
  if (choice.metric === "articles") return s.articles;
  if (choice.metric === "projects") return s.projects;
  // Distinct figures of one kind are never added up: the place shows its largest.
  return s.amounts.filter((a) => a.kind === choice.kind).reduce((m, a) => Math.max(m, a.valueRial), 0);
}

/** One row per distinct figure (kind, value, places), chosen kind first, then largest first. */
export function placeFigures(s: PlaceStats, first: AmountKind | null): PlaceFigure[] {
  const figures = groupByFigure(s.amounts.filter((a) => isAmountKind(a.kind))).map(([a]): PlaceFigure => ({
    kind: a.kind, valueRial: a.valueRial, qualifier: a.qualifier, year: a.year,
    jointWith: sortPlaceSlugs(decodePlacesKey(a.placesKey)).filter((p) => p !== s.slug),
  }));
  const rank = (k: AmountKind) => (k === first ? -1 : AMOUNT_KINDS.indexOf(k));
  return figures.sort((a, b) => rank(a.kind) - rank(b.kind) || b.valueRial - a.valueRial);
}

export function formatMetric(value: MetricValue, choice: MapChoice): string {
  if (value === null) return MAP_STRINGS.noReports;
  if (choice.metric === "projects") return `${formatNumber(value)} پروژه`;
  if (choice.metric === "articles") return `${formatNumber(value)} خبر`;
  return value === 0 ? zeroLabel(choice)! : formatMoney(value, choice.unit);
}

export function formatTileValue(value: MetricValue, choice: MapChoice): string {
  if (value === null) return "بی‌گزارش";
  if (choice.metric === "amount") return value === 0 ? "بی‌رقم" : formatMoney(value, choice.unit, false);
  return formatMetric(value, choice);
}

/** What "zero" means for the metric; null when zero cannot happen (no articles = no reports). */
export function zeroLabel(choice: MapChoice): string | null {
  if (choice.metric === "articles") return null;
  if (choice.metric === "projects") return `${formatNumber(0)} پروژه (خبر هست، پروژه‌ای نه)`;
  return `بدون رقمِ ${KIND_LABELS[choice.kind]} (خبر هست)`;
}

export function shapeMapView(stats: readonly PlaceStats[], choice: MapChoice): MapView {
  const bySlug = new Map(stats.map((s) => [s.slug, s]));
  const values = PLACES.map((p) => {
    const s = bySlug.get(p.slug) ?? { slug: p.slug, articles: 0, projects: 0, figures: 0, amounts: [] };
    return { p, s, value: metricValue(s, choice) };
  });
  const scale = buildScale(values.map((v) => v.value));
  const places = new Map<PlaceSlug, PlaceView>();
  for (const { p, s, value } of values) {
    const valueText = formatMetric(value, choice);
    places.set(p.slug, {
      slug: p.slug,
      label: placeLabel(p.slug),
      value,
      swatch: classify(value, scale),
      valueText,
      tileText: formatTileValue(value, choice),
      // Starts with the visible tile text, so the accessible name contains what is on screen.
      ariaLabel: `${placeLabel(p.slug)} ${formatTileValue(value, choice)}${formatTileValue(value, choice) === valueText ? "" : ` (${valueText})`}`,
      articles: s.articles,
      projects: s.projects,
      figures: placeFigures(s, choice.metric === "amount" ? choice.kind : null),
      figureCount: s.figures,
    });
  }
  const format = choice.metric === "amount" ? (n: number) => formatMoney(n, choice.unit) : (n: number) => formatNumber(n);
  const legend = legendEntries(scale, format, { zero: zeroLabel(choice), none: MAP_STRINGS.noReports });
  const legendTitle = choice.metric === "amount" ? `${MAP_METRIC_LABELS.amount}: ${KIND_LABELS[choice.kind]}` : MAP_METRIC_LABELS[choice.metric];
  return { choice, places, scale, legend, legendTitle };
}
