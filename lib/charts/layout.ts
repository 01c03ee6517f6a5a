// Geometry of the server-rendered bar chart (recharts 3 renders no SVG on the server, see
// docs/decisions.md). Right-to-left: the first group sits at the right, the value axis on the right.
import type { BarsRow } from "./rows";
import { niceTicks } from "./ticks";

export interface LayoutBar { x: number; y: number; w: number; h: number; color: string; series: string; group: string; text: string }
export interface LayoutGroup { label: string; cx: number }
export interface LayoutTick { value: number; y: number }
export interface ChartLayout { width: number; height: number; plot: { x0: number; x1: number; y0: number; y1: number }; bars: LayoutBar[]; groups: LayoutGroup[]; ticks: LayoutTick[] }

/** Drawing width that keeps labels readable: about 170 px per group, within [420, 900]. */
export function chartWidth(groups: number): number {
  return Math.max(420, Math.min(900, groups * 170 + CHART_MARGIN.right + CHART_MARGIN.left));
}

export const CHART_MARGIN = { top: 16, right: 76, bottom: 64, left: 12 };

export function layoutBars(rows: readonly BarsRow[], series: readonly { key: string; color: string }[], width = chartWidth(rows.length), height = 340): ChartLayout {
  const m = CHART_MARGIN;
  const plot = { x0: m.left, x1: width - m.right, y0: m.top, y1: height - m.bottom };
  const max = Math.max(0, ...rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0)));
  const ticks = niceTicks(max);
  const top = ticks.at(-1) || 1;
  const scaleY = (v: number) => plot.y1 - (v / top) * (plot.y1 - plot.y0);
  const groupW = rows.length ? (plot.x1 - plot.x0) / rows.length : 0;
  const present = (r: BarsRow) => series.filter((s) => r.values[s.key] !== undefined);
  const slots = Math.max(1, ...rows.map((r) => present(r).length));
  const barW = Math.min(56, (groupW * 0.8) / slots);
  const bars: LayoutBar[] = [];
  const groups: LayoutGroup[] = rows.map((r, i) => {
    const cx = plot.x1 - groupW * (i + 0.5);
    const here = present(r);
    here.forEach((s, j) => {
      const v = r.values[s.key] ?? 0;
      // Within a group, series also run right to left.
      const x = cx + (here.length / 2 - j - 1) * barW;
      const y = scaleY(v);
      bars.push({ x, y, w: barW * 0.92, h: Math.max(v > 0 ? 1 : 0, plot.y1 - y), color: s.color, series: s.key, group: r.label, text: r.texts[s.key] ?? "" });
    });
    return { label: r.label, cx };
  });
  return { width, height, plot, bars, groups, ticks: ticks.map((value) => ({ value, y: scaleY(value) })) };
}

/** Never drawn larger than 1:1, and never squeezed below ~85% on a phone (the box scrolls instead). */
export function chartBoxStyle(width: number): { maxWidth: number; minWidth: number } {
  return { maxWidth: width, minWidth: Math.round(Math.min(width, 480) * 0.85) };
}
