// A chart view as CSV/JSON rows, each figure with its source article and span, cited «title —
// outlet، date» with the outlet's URL; our own links are absolute (`origin` is SITE_URL).
import { toCsv } from "../csv";
import { citationText, factHref, safeExternalUrl } from "../links";
import type { ChartSource, ChartView } from "./view";

const CHART_CSV_HEADERS = ["محدوده", "سری", "مقدار نمایش‌داده‌شده", "مقدار (ریال یا تعداد)", "منبع", "نشانی منبع", "اصل خبر"] as const;

const ref = (s: ChartSource) => ({ id: s.articleId, title: s.title, outlet: s.outlet, published: s.published, url: s.url });

export function chartJson(view: ChartView, url: string, origin: string) {
  return {
    chart: view.chart,
    title: view.title,
    subtitle: view.subtitle,
    url,
    rows: view.bars.map((b) => ({
      group: b.group, series: b.series, series_label: b.seriesLabel, text: b.text,
      value: b.valueRial ?? b.value, value_unit: b.valueRial !== undefined ? "rial" : "count",
      sources: b.sources.map((s) => ({
        article_id: s.articleId, article_title: s.title, article_outlet: s.outlet, article_published: s.published,
        article_url: safeExternalUrl(s.url), start: s.start, href: origin + factHref(s.articleId, s.type, s.start),
      })),
    })),
  };
}

export function chartCsv(view: ChartView, origin: string): string {
  return toCsv(
    CHART_CSV_HEADERS,
    view.bars.map((b) => [
      b.group, b.seriesLabel, b.text, b.valueRial ?? b.value,
      b.sources.map((s) => citationText(ref(s))).join(" | "),
      b.sources.map((s) => origin + factHref(s.articleId, s.type, s.start)).join(" | "),
      b.sources.map((s) => safeExternalUrl(s.url) ?? "").join(" | "),
    ]),
  );
}
