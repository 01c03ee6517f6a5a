// Horizontal bars for counts (status, category, coverage) and the map's metric. Right to left:
// bars grow leftwards from the label side; each value is printed just past its bar's end, never
// on it. Narrow (phone): each label on its own line above its bars, so long names never squeeze
// the bars and the longest bar is always on screen. Wide: a label column at the right.
import { niceTicks, thinTickLabels } from "./ticks";
import { GRID, MUTED, text, type Mark, type Scene } from "./scene";
import { textWidth } from "./measure";
import { formatNumber } from "../format";
import type { ChartBar, ChartView } from "./view";

export interface LayoutOptions {
  width: number;
  narrow: boolean;
  /** Stop adding groups past this height (preview image); the rest are counted in a note. */
  maxHeight?: number;
}

export const BAR = { label: 13, value: 12, axis: 11, barH: 13, barGap: 4, groupGap: 12, axisH: 26 };

function groupsOf(view: ChartView): { label: string; bars: ChartBar[] }[] {
  const groups: { label: string; bars: ChartBar[] }[] = [];
  for (const b of view.bars) {
    const g = groups.at(-1)?.label === b.group ? groups.at(-1)! : groups.find((x) => x.label === b.group);
    if (g) g.bars.push(b);
    else groups.push({ label: b.group, bars: [b] });
  }
  return groups;
}

export function layoutHBars(view: ChartView, o: LayoutOptions): Scene & { hiddenGroups: number } {
  const W = o.width;
  const groups = groupsOf(view);
  const integer = view.bars.every((b) => Number.isInteger(b.value));
  const max = Math.max(0, ...view.bars.map((b) => b.value));
  const valueW = Math.max(0, ...view.bars.map((b) => textWidth(b.text, BAR.value)));
  const labelCol = o.narrow ? 0 : Math.min(W * 0.32, Math.max(0, ...groups.map((g) => textWidth(g.label, BAR.label))));
  const barRight = o.narrow ? W : W - labelCol - 12;
  const maxLen = Math.max(40, barRight - valueW - 8);
  const ticks = niceTicks(max, o.narrow ? 4 : 6, integer);
  const top = ticks.at(-1) || 1;
  const len = (v: number) => (v / top) * maxLen;
  const marks: Mark[] = [];
  const placed = ticks.map((v) => ({ x: barRight - len(v), label: formatNumber(v) }));
  const shown = thinTickLabels(placed, BAR.axis, 10, 0, W);
  let y = BAR.axisH;
  let hidden = 0;
  const body: Mark[] = [];
  for (const g of groups) {
    const blockH = g.bars.length * (BAR.barH + BAR.barGap) - BAR.barGap;
    const need = (o.narrow ? 20 : 0) + blockH + BAR.groupGap;
    if (o.maxHeight && y + need > o.maxHeight - 24) {
      hidden++;
      continue;
    }
    if (o.narrow) {
      body.push(text(W, y + 13, g.label, BAR.label));
      y += 20;
    } else body.push(text(W, y + blockH / 2 + 4.5, g.label, BAR.label));
    for (const b of g.bars) {
      const l = b.value > 0 ? Math.max(2, len(b.value)) : 0;
      if (l > 0) body.push({ t: "rect", x: barRight - l, y, w: l, h: BAR.barH, fill: b.color, rx: 2, title: `${g.label}${view.series.length > 1 ? ` — ${b.seriesLabel}` : ""}: ${b.text}` });
      body.push(text(barRight - l - 6, y + BAR.barH - 2, b.text, BAR.value, { fill: b.value > 0 ? "#1f2328" : MUTED }));
      y += BAR.barH + BAR.barGap;
    }
    y += BAR.groupGap - BAR.barGap;
  }
  placed.forEach((t, i) => {
    marks.push({ t: "line", x1: t.x, x2: t.x, y1: BAR.axisH - 6, y2: y - BAR.groupGap + 4, stroke: GRID, dash: i > 0 });
    if (shown[i]) marks.push(text(t.x, 13, t.label, BAR.axis, { anchor: "middle", fill: MUTED, cls: "axis" }));
  });
  marks.push(...body);
  if (hidden) {
    marks.push(text(W, y + 10, `و ${formatNumber(hidden)} ردیف دیگر در جدول صفحه‌ی نمودار`, BAR.value, { fill: MUTED }));
    y += 20;
  }
  return { width: W, height: Math.ceil(y), marks, hiddenGroups: hidden };
}
