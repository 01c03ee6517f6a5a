// Fixtures and checks shared by the chart layout tests.
import { textBox, type Mark, type TextMark } from "./scene";
import type { ChartBar, ChartView } from "./view";

function bar(group: string, kind: string, valueRial: number, text: string, section: "districts" | "wide" = "districts"): ChartBar {
  return { group, series: kind, seriesLabel: kind === "budget" ? "بودجه" : "اعتبار", value: valueRial / 1e9, valueRial, text, color: "#111", section, sources: [{ articleId: 3, start: 120, type: "amount", title: "خبر", outlet: null, published: null, url: null }], sourceCount: 2 };
}

export function manyBars(n: number): ChartBar[] {
  return Array.from({ length: n }, (_, i) => bar(`منطقه ${(i % 8) + 1}`, i % 3 ? "credit" : "budget", (i + 1) * 7.3e9, `${i + 1} میلیارد ریال`, "districts"))
    .sort((a, b) => a.group.localeCompare(b.group));
}

export const VIEW: ChartView = {
  chart: "spending", title: "t", subtitle: "s", note: "", layout: "strip", unit: "rial",
  series: [{ key: "budget", label: "بودجه", color: "#111" }, { key: "credit", label: "اعتبار", color: "#222" }],
  bars: [
    bar("منطقه ۶", "budget", 442e9, "۴۴۲ میلیارد ریال (سال ۱۳۹۸)"),
    bar("مناطق ۲ و ۶", "credit", 4.7e12, "۴٬۷۰۰ میلیارد ریال"),
    bar("شهر قم", "credit", 30e12, "بیش از ۳۰٬۰۰۰ میلیارد ریال", "wide"),
  ],
};

export function texts(marks: readonly Mark[]): TextMark[] {
  return marks.flatMap((m) => (m.t === "text" ? [m] : m.t === "link" ? texts(m.marks) : []));
}

/** Pairs of text marks whose estimated boxes intersect (by more than 1 px each way). */
export function overlaps(marks: readonly Mark[]): string[] {
  const ts = texts(marks);
  const out: string[] = [];
  for (let i = 0; i < ts.length; i++) for (let j = i + 1; j < ts.length; j++) {
    const [a0, a1] = textBox(ts[i]!), [b0, b1] = textBox(ts[j]!);
    const dx = Math.min(a1, b1) - Math.max(a0, b0);
    const dy = Math.min(ts[i]!.y, ts[j]!.y) - Math.max(ts[i]!.y - ts[i]!.size, ts[j]!.y - ts[j]!.size) + Math.min(ts[i]!.size, ts[j]!.size);
    if (dx > 1 && Math.abs(ts[i]!.y - ts[j]!.y) < Math.min(ts[i]!.size, ts[j]!.size) && dy > 1) out.push(`${ts[i]!.s} / ${ts[j]!.s}`);
  }
  return out;
}

