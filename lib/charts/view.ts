// One description of a chart view (title, bars, sources) that the page table, the preview image,
// the SVG/PNG downloads, CSV and JSON all render, so they can never disagree.
import { PLACES, placeLabel, type PlaceSlug } from "../districts";
import { AMOUNT_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES } from "../extract/types";
import { formatNumber, formatYear, toBillions, unitLabel } from "../format";
import { KIND_COLORS, figureText } from "../chart-data";
import { articleLabel } from "../links";
import type { Section, SpendingChartData } from "../spending";
import type { MoneyUnit } from "../format";
import { CATEGORY_LABELS, KIND_LABELS, STATUS_LABELS } from "../strings";
import type { ChartQueryState, ChartSlug } from "../url-state";
import type { MapView } from "../geo/metric";

export interface ChartSource {
  articleId: number;
  start: number;
  type: "amount" | "project";
  title: string | null;
  outlet: string | null;
  published: string | null;
  /** The outlet's page (http/https only, checked where it is rendered). */
  url: string | null;
}

export interface ChartBar {
  group: string;
  series: string;
  seriesLabel: string;
  /** Drawing length only. */
  value: number;
  /** Exact text shown: «بیش از ۱۵۰ میلیارد تومان». */
  text: string;
  color: string;
  valueRial?: number;
  sources: ChartSource[];
  /** Spending only: which section the figure's row is in, and how many mentions report it. */
  section?: Section;
  sourceCount?: number;
}

export interface ChartView {
  chart: ChartSlug;
  title: string;
  subtitle: string;
  bars: ChartBar[];
  series: { key: string; label: string; color: string }[];
  note: string;
  /** "strip": one dot per figure on a log axis (spending); "bars": horizontal bars. */
  layout: "bars" | "strip";
  unit?: MoneyUnit;
  /** Spending: figures and place groups left out of the chart (they are in the table). */
  hidden?: { figures: number; groups: number; total: number };
}

export const CHART_TITLES: Record<ChartSlug, string> = {
  spending: "ارقام مالی گزارش‌شده به تفکیک محدوده",
  status: "پروژه‌ها به تفکیک وضعیت",
  category: "پروژه‌ها به تفکیک نوع",
  coverage: "پوشش خبری هر محدوده",
  map: "نقشه‌ی مناطق و شهرهای استان قم",
};

function where(s: ChartQueryState): string {
  return s.district ? ` در ${placeLabel(s.district)}` : "";
}

export function spendingView(data: SpendingChartData, s: ChartQueryState): ChartView {
  const bars: ChartBar[] = data.rows.flatMap((r) =>
    r.figures.map((f) => ({
      group: r.label, series: f.kind, seriesLabel: KIND_LABELS[f.kind], value: Number(toBillions(f.valueRial, s.unit)),
      text: figureText(f.valueRial, s.unit, f.qualifier, f.year), color: KIND_COLORS[f.kind], valueRial: f.valueRial,
      section: r.section, sourceCount: f.sourceCount,
      sources: f.sources.map((x) => ({
        articleId: x.articleId, start: x.start, type: "amount" as const, title: articleLabel({ id: x.articleId, title: x.articleTitle, outlet: x.outlet }),
        outlet: x.outlet, published: x.published, url: x.url,
      })),
    })),
  );
  const kinds = AMOUNT_KINDS.filter((k) => bars.some((b) => b.series === k));
  const head = s.kind ? `${KIND_LABELS[s.kind]} به تفکیک محدوده` : CHART_TITLES.spending;
  const year = s.year ? `، سال ${formatYear(s.year)}` : "";
  const scope = s.scope === "regions" ? "، فقط مناطق شهر" : "";
  return {
    chart: "spending",
    title: `${head}${where(s)}${year}${scope} — ${unitLabel(s.unit)}`,
    subtitle: "هر نقطه یک رقم گزارش‌شده است (مقیاس لگاریتمی)؛ انواع جمع زده نشده‌اند و رقم مشترک چند منطقه تقسیم نشده است.",
    bars,
    series: kinds.map((k) => ({ key: k, label: KIND_LABELS[k], color: KIND_COLORS[k] })),
    note: bars.length ? "" : "رقمی با این فیلترها گزارش نشده است.",
    layout: "strip",
    unit: s.unit,
    hidden: { figures: data.hiddenFigures, groups: data.hiddenGroups, total: data.totalFigures },
  };
}

const COUNT_COLOR = "#0f5c63";

const COUNT_SERIES = [{ key: "count", label: "تعداد پروژه", color: COUNT_COLOR }];

function countBars(entries: [string, string, number][], unitWord: string): ChartBar[] {
  return entries.map(([, label, n]) => ({
    group: label, series: "count", seriesLabel: "تعداد پروژه", value: n, text: `${formatNumber(n)} ${unitWord}`, color: COUNT_COLOR, sources: [],
  }));
}

export function statusView(counts: ReadonlyMap<string, number>, s: ChartQueryState): ChartView {
  const bars = countBars(PROJECT_STATUSES.map((k) => [k, STATUS_LABELS[k], counts.get(k) ?? 0]), "پروژه");
  return { chart: "status", title: `${CHART_TITLES.status}${where(s)}`, subtitle: "تعداد پروژه‌های گزارش‌شده در خبرها", bars, series: COUNT_SERIES, note: "", layout: "bars" };
}

export function categoryView(counts: ReadonlyMap<string, number>, s: ChartQueryState): ChartView {
  const bars = countBars(PROJECT_CATEGORIES.map((k) => [k, CATEGORY_LABELS[k], counts.get(k) ?? 0]), "پروژه");
  const status = s.status ? ` (${STATUS_LABELS[s.status]})` : "";
  return { chart: "category", title: `${CHART_TITLES.category}${status}${where(s)}`, subtitle: "تعداد پروژه‌های گزارش‌شده در خبرها", bars, series: COUNT_SERIES, note: "", layout: "bars" };
}

export function coverageView(stats: { slug: PlaceSlug; articles: number; projects: number }[]): ChartView {
  const order = new Map(PLACES.map((p, i) => [p.slug, i]));
  const rows = [...stats].sort((a, b) => (order.get(a.slug) ?? 0) - (order.get(b.slug) ?? 0));
  const bars = rows.flatMap((r) => [
    { group: placeLabel(r.slug), series: "articles", seriesLabel: "خبر", value: r.articles, text: `${formatNumber(r.articles)} خبر`, color: "#0f5c63", sources: [] },
    { group: placeLabel(r.slug), series: "projects", seriesLabel: "پروژه", value: r.projects, text: `${formatNumber(r.projects)} پروژه`, color: "#b45309", sources: [] },
  ]);
  return {
    chart: "coverage", title: CHART_TITLES.coverage, subtitle: "چند خبر به هر محدوده اشاره کرده و چند پروژه برایش گزارش شده است؛ صفر یعنی «گزارش نشده».",
    bars, series: [{ key: "articles", label: "خبر", color: "#0f5c63" }, { key: "projects", label: "پروژه", color: "#b45309" }], note: "", layout: "bars",
  };
}

/** The map's metric per place as bars (for its preview image, CSV and JSON); "no reports" is left out. */
export function mapView(map: MapView): ChartView {
  const bars: ChartBar[] = [...map.places.values()]
    .filter((p) => p.value !== null)
    .map((p) => ({ group: p.label, series: "value", seriesLabel: map.legendTitle, value: p.value ?? 0, text: p.valueText, color: "#0f5c63", sources: [] }));
  return {
    chart: "map", title: `${CHART_TITLES.map} — ${map.legendTitle}`, subtitle: "محدوده‌هایی که در خبرها گزارشی ندارند در این فهرست نیامده‌اند.",
    bars, series: [{ key: "value", label: map.legendTitle, color: "#0f5c63" }], note: bars.length ? "" : "گزارشی نیست.", layout: "bars",
  };
}
