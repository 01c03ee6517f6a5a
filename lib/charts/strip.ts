// The spending chart: one row per place group, one mark per reported figure on a shared
// logarithmic money axis, coloured and shaped by kind. Nothing is stacked or summed; a row's
// largest figure is written out beside it. Narrow (phone): the place name and its largest figure
// share a line above the row's strip. Wide: [largest figure | strip | place name] columns.
import { kindShape } from "../chart-data";
import { formatNumber, unitLabel } from "../format";
import { factHref } from "../links";
import { decades, inUnit, logDomain, logPosition, logTickLabel, type LogDomain } from "./log-scale";
import { fitText, textWidth, wrapByWidth } from "./measure";
import { GRID, INK, MUTED, text, type Mark, type Scene } from "./scene";
import { thinTickLabels } from "./ticks";
import type { LayoutOptions } from "./hbars";
import type { ChartBar, ChartView } from "./view";

export const STRIP = { label: 13, value: 12, axis: 11, r: 5, band: 24, rowGap: 10, axisH: 22 };
export const SECTION_TITLES = { districts: "مناطق و محله‌های شهر قم", wide: "کل شهر، شهرهای استان و کل استان" } as const;

interface Row { label: string; section: string; bars: ChartBar[] }

function rowsOf(view: ChartView): Row[] {
  const rows: Row[] = [];
  for (const b of view.bars) {
    const last = rows.at(-1);
    if (last && last.label === b.group && last.section === (b.section ?? "")) last.bars.push(b);
    else rows.push({ label: b.group, section: b.section ?? "", bars: [b] });
  }
  return rows;
}

/** Largest figure of a row, written out: «اعتبار: ۴٬۷۰۰ میلیارد ریال». */
export function rowMaxText(row: { bars: readonly ChartBar[] }): string {
  const top = row.bars.reduce((a, b) => ((b.valueRial ?? 0) > (a.valueRial ?? 0) ? b : a));
  return `${top.seriesLabel}: ${top.text}`;
}

/**
 * Vertical offsets that keep dots of one row from hiding each other: each dot goes to the first
 * track (centre, above, below) where it clears the previous dot by a diameter; else the centre.
 */
export function dodge(xs: readonly number[], r: number): number[] {
  const tracks = [0, -(r + 1.5), r + 1.5];
  const last = tracks.map(() => -Infinity);
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(xs.length).fill(0);
  for (const [x, i] of order) {
    const t = tracks.findIndex((_, k) => x - last[k]! >= 2 * r + 1);
    const k = t < 0 ? 0 : t;
    last[k] = x;
    out[i] = tracks[k]!;
  }
  return out;
}

function axis(d: LogDomain, x0: number, x1: number, y: number, W: number): Mark[] {
  const ticks = decades(d).map((v) => ({ x: logPosition(v, d, x0, x1), label: logTickLabel(v) }));
  const shown = thinTickLabels(ticks, STRIP.axis, 10, 0, W);
  return ticks.flatMap((t, i) => (shown[i] ? [text(t.x, y, t.label, STRIP.axis, { anchor: "middle", fill: MUTED, cls: "axis" })] : []));
}

export function layoutStrip(view: ChartView, o: LayoutOptions): Scene & { hiddenRows: number } {
  const W = o.width;
  const unit = view.unit ?? "rial";
  const rows = rowsOf(view);
  const d = logDomain(view.bars.map((b) => inUnit(b.valueRial ?? 0, unit)));
  const maxTexts = rows.map(rowMaxText);
  const labelCol = o.narrow ? 0 : Math.min(W * 0.22, Math.max(...rows.map((r) => textWidth(r.label, STRIP.label, 700))));
  const maxCol = o.narrow ? 0 : Math.min(W * 0.3, Math.max(...maxTexts.map((t) => textWidth(t, STRIP.value))));
  // Half a tick label of room at each end, so the end labels stay inside the canvas.
  const pad = textWidth("۱۰٬۰۰۰ میلیارد", STRIP.axis) / 2 + 2;
  const x0 = o.narrow ? pad : maxCol + 16 + STRIP.r;
  const x1 = o.narrow ? W - pad : W - labelCol - 16 - STRIP.r;
  const body: Mark[] = [];
  let y = STRIP.axisH;
  let section = "";
  let hiddenRows = 0;
  let hiddenBars = 0;
  const limit = (o.maxHeight ?? Infinity) - 60;
  rows.forEach((row, i) => {
    const titleH = row.section !== section && view.bars.some((b) => b.section !== row.section) ? 26 : 0;
    const fits = textWidth(row.label, STRIP.label, 700) + textWidth(maxTexts[i]!, STRIP.value) + 16 <= W;
    const lineH = o.narrow ? (fits ? 20 : 38) : 0;
    if (y + titleH + lineH + STRIP.band > limit) {
      hiddenRows++;
      hiddenBars += row.bars.length;
      return;
    }
    if (titleH) {
      section = row.section;
      body.push(text(W, y + 17, SECTION_TITLES[row.section as keyof typeof SECTION_TITLES] ?? "", STRIP.label, { weight: 700, fill: MUTED }));
      y += titleH;
    }
    const mid = o.narrow ? y + lineH + STRIP.band / 2 : y + STRIP.band / 2;
    if (o.narrow) {
      body.push(text(W, y + 14, fitText(row.label, STRIP.label, W, 700), STRIP.label, { weight: 700 }));
      body.push(fits ? text(0, y + 14, maxTexts[i]!, STRIP.value, { anchor: "start", fill: MUTED }) : text(W, y + 32, fitText(maxTexts[i]!, STRIP.value, W), STRIP.value, { fill: MUTED }));
    } else {
      body.push(text(W, mid + 4.5, fitText(row.label, STRIP.label, labelCol, 700), STRIP.label, { weight: 700 }));
      body.push(text(maxCol, mid + 4.5, fitText(maxTexts[i]!, STRIP.value, maxCol), STRIP.value, { fill: MUTED }));
    }
    body.push({ t: "line", x1: x0, x2: x1, y1: mid, y2: mid, stroke: GRID });
    const xs = row.bars.map((b) => logPosition(inUnit(b.valueRial ?? 0, unit), d, x0, x1));
    const dy = dodge(xs, STRIP.r);
    // Smaller figures last, so they are drawn on top of larger neighbours and stay clickable.
    row.bars.map((b, k) => ({ b, k })).sort((p, q) => (q.b.valueRial ?? 0) - (p.b.valueRial ?? 0)).forEach(({ b, k }) => {
      const dot: Mark = { t: "dot", x: xs[k]!, y: mid + dy[k]!, r: STRIP.r, shape: kindShape(b.series), fill: b.color };
      const src = b.sources[0];
      const more = (b.sourceCount ?? b.sources.length) > 1 ? ` (${formatNumber(b.sourceCount ?? b.sources.length)} منبع)` : "";
      const title = `${row.label} — ${b.seriesLabel}: ${b.text}${more}`;
      body.push(src ? { t: "link", href: factHref(src.articleId, src.type, src.start), title, marks: [dot] } : dot);
    });
    y += lineH + STRIP.band + STRIP.rowGap;
  });
  const bottom = y;
  const marks: Mark[] = decades(d).map((v): Mark => {
    const x = logPosition(v, d, x0, x1);
    return { t: "line", x1: x, x2: x, y1: STRIP.axisH - 4, y2: bottom - STRIP.rowGap + 4, stroke: GRID, dash: true };
  });
  marks.push(...axis(d, x0, x1, 13, W), ...body, ...axis(d, x0, x1, bottom + 12, W));
  y = bottom + 14;
  for (const line of wrapByWidth(`${unitLabel(unit).replace("میلیارد ", "")}، مقیاس لگاریتمی: هر خط ده برابرِ خطِ سمت راستِ آن`, STRIP.value, W, 2)) {
    y += 20;
    marks.push(text(W, y, line, STRIP.value, { fill: MUTED }));
  }
  const left = (view.hidden?.figures ?? 0) + hiddenBars;
  if (left > 0) {
    y += 20;
    marks.push(text(W, y, fitText(`${formatNumber(left)} رقم دیگر (کوچک‌تر، یا در محدوده‌های دیگر) در جدول`, STRIP.value, W), STRIP.value, { fill: INK }));
  }
  return { width: W, height: Math.ceil(y + 8), marks, hiddenRows };
}
