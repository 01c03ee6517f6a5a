// A chart view as CSV/JSON rows, each figure with its source article and span.
import { toCsv } from "../csv";
import { factHref } from "../links";
import type { ChartView } from "./view";

export const CHART_CSV_HEADERS = ["محدوده", "سری", "مقدار نمایش‌داده‌شده", "مقدار (ریال یا تعداد)", "منبع", "نشانی منبع"] as const;

export function chartJson(view: ChartView, url: string) {
  return {
    chart: view.chart,
    title: view.title,
    subtitle: view.subtitle,
    url,
    rows: view.bars.map((b) => ({
      group: b.group, series: b.series, series_label: b.seriesLabel, text: b.text,
      value: b.valueRial ?? b.value, value_unit: b.valueRial !== undefined ? "rial" : "count",
      sources: b.sources.map((s) => ({ article_id: s.articleId, article_title: s.title, start: s.start, href: factHref(s.articleId, s.type, s.start) })),
    })),
  };
}

export function chartCsv(view: ChartView, origin: string): string {
  return toCsv(
    CHART_CSV_HEADERS,
    view.bars.map((b) => [
      b.group, b.seriesLabel, b.text, b.valueRial ?? b.value,
      b.sources.map((s) => s.title ?? `خبر ${s.articleId}`).join(" | "),
      b.sources.map((s) => origin + factHref(s.articleId, s.type, s.start)).join(" | "),
    ]),
  );
}
