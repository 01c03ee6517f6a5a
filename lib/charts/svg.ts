// A ChartView as a standalone drawing: title, subtitle and legend inside the canvas, the same
// chart body as the page (lib/charts/layout.ts), then a footer with the site, data date and URL.
// Used by the SVG/PNG downloads, the link-preview image (fixed 1200×630: rows that do not fit are
// counted in a note) and the embed (narrow, so it stays legible in a phone-width iframe).
import { kindShape } from "../chart-data";
import { formatJalali } from "../format";
import { SITE } from "../strings";
import { layoutChart } from "./layout";
import { textWidth, wrapByWidth } from "./measure";
import { GRID, MUTED, shift, text, type Mark, type Scene } from "./scene";
import { sceneSvg } from "./scene-svg";
import type { ChartView } from "./view";

export { escapeXml } from "./scene-svg";

export interface DocumentOptions {
  width?: number;
  /** Fixed height (the preview image); otherwise as tall as the chart needs. */
  height?: number;
  narrow?: boolean;
  /** ISO date of the data (last seed), printed in the footer. */
  dataDate?: string | null;
  /** Shown in the footer (Latin, left to right). */
  url?: string;
  /** Origin for the figure links of a file opened outside the site. */
  hrefBase?: string;
  /** Site-relative link of the footer's title (the embed links back to the chart page). */
  pageHref?: string;
}

function legend(view: ChartView, right: number, y: number, maxW: number, size: number): { marks: Mark[]; height: number } {
  if (view.series.length < 2) return { marks: [], height: 0 };
  const marks: Mark[] = [];
  let x = right;
  let line = 0;
  for (const s of view.series) {
    const w = textWidth(s.label, size) + size + 18;
    if (x - w < right - maxW) {
      line++;
      x = right;
    }
    const cy = y + line * (size + 10);
    const shape = view.layout === "strip" ? kindShape(s.key) : "square";
    marks.push({ t: "dot", x: x - size / 2, y: cy - size * 0.35, r: size * 0.4, shape, fill: s.color });
    marks.push(text(x - size - 4, cy, s.label, size));
    x -= w;
  }
  return { marks, height: (line + 1) * (size + 10) };
}

export function chartDocument(view: ChartView, o: DocumentOptions = {}): Scene {
  const W = o.width ?? 1200;
  const narrow = o.narrow ?? false;
  const pad = narrow ? 16 : 48;
  const right = W - pad;
  const inner = W - 2 * pad;
  const titleSize = narrow ? 20 : 36;
  const subSize = narrow ? 13 : 20;
  const marks: Mark[] = [{ t: "rect", x: 0, y: 0, w: W, h: narrow ? 6 : 10, fill: "#0f5c63" }];
  let y = narrow ? 18 : 30;
  for (const l of wrapByWidth(view.title, titleSize, inner, narrow ? 3 : 2, 700)) {
    y += titleSize * 1.45;
    marks.push(text(right, y, l, titleSize, { weight: 700 }));
  }
  for (const l of wrapByWidth(view.subtitle, subSize, inner, narrow ? 3 : 2)) {
    y += subSize * 1.6;
    marks.push(text(right, y, l, subSize, { fill: MUTED }));
  }
  y += subSize;
  const lg = legend(view, right, y + subSize * 0.4, inner, narrow ? 13 : 18);
  marks.push(...lg.marks);
  y += lg.height + 6;
  const footerText = `${SITE.title}${formatJalali(o.dataDate ?? null) ? ` | داده‌ها تا ${formatJalali(o.dataDate ?? null)}` : ""}`;
  const footerSize = narrow ? 12 : 18;
  // The URL shares the footer line when both fit, else it gets a line of its own.
  const urlLine = o.url && !narrow && textWidth(o.url, 16) + textWidth(footerText, footerSize) + 24 > inner;
  const footerH = narrow ? 44 : urlLine ? 84 : 56;
  const body = layoutChart(view, { width: inner, narrow, maxHeight: o.height ? o.height - y - footerH : undefined });
  if (view.bars.length) marks.push(...shift(body.marks, pad, y));
  else marks.push(text(W / 2, y + 60, view.note || "داده‌ای نیست", narrow ? 15 : 28, { anchor: "middle", fill: MUTED }));
  y += view.bars.length ? body.height : 120;
  const H = o.height ?? Math.ceil(y + footerH);
  // A middle dot reads as a Persian zero: the footer separates with a bar.
  const footer = text(right, H - (narrow ? 12 : urlLine ? 46 : 18), footerText, footerSize, { fill: MUTED });
  marks.push({ t: "line", x1: pad, x2: right, y1: H - footerH + 8, y2: H - footerH + 8, stroke: GRID });
  marks.push(o.pageHref ? { t: "link", href: o.pageHref, title: view.title, marks: [footer], newTab: true } : footer);
  if (o.url && !narrow) marks.push(text(pad, H - 18, o.url, 16, { anchor: "start", ltr: true, fill: MUTED }));
  return { width: W, height: H, marks };
}

export function renderChartSvg(view: ChartView, o: DocumentOptions = {}): string {
  return sceneSvg(chartDocument(view, o), "#fbfaf7", o.hrefBase ?? "");
}
