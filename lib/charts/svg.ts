// Renders a ChartView as a standalone SVG (horizontal bars, right-to-left): the SVG download and,
// rasterised by resvg with the Vazirmatn TTFs, the PNG download and the link-preview image.
import { formatJalali, formatNumber } from "../format";
import { SITE } from "../strings";
import type { ChartView } from "./view";

const FONT = "Vazirmatn";
const MAX_BARS = 14;

export interface SvgOptions {
  width?: number;
  height?: number;
  /** ISO date of the data (last seed), printed in the footer. */
  dataDate?: string | null;
  url?: string;
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/** Greedy word wrap by an estimated glyph width (Persian averages ~0.5 em per character). */
export function wrapText(text: string, fontSize: number, maxWidth: number, maxLines: number): string[] {
  const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.5)));
  const lines: string[] = [];
  let cur = "";
  for (const word of text.split(/\s+/)) {
    if (cur && (cur + " " + word).length > perLine) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return kept;
  }
  return lines;
}

/** Right-aligned at x by default: resvg anchors by the physical edge, so "end" = right edge here. */
function text(x: number, y: number, s: string, size: number, opts: { weight?: number; fill?: string; anchor?: "end" | "middle" } = {}): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${opts.weight ?? 400}" fill="${opts.fill ?? "#1f2328"}" text-anchor="${opts.anchor ?? "end"}" direction="rtl">${escapeXml(`\u200F${s}\u200F`)}</text>`;
}

export function renderChartSvg(view: ChartView, o: SvgOptions = {}): string {
  const W = o.width ?? 1200;
  const H = o.height ?? 630;
  const pad = 48;
  const right = W - pad;
  const parts: string[] = [`<rect width="${W}" height="${H}" fill="#fbfaf7"/>`, `<rect x="0" y="0" width="${W}" height="10" fill="#0f5c63"/>`];
  const titleLines = wrapText(view.title, 40, W - 2 * pad, 2);
  titleLines.forEach((l, i) => parts.push(text(right, 70 + i * 52, l, 40, { weight: 700 })));
  let y = 70 + titleLines.length * 52 - 14;
  for (const l of wrapText(view.subtitle, 20, W - 2 * pad, 2)) {
    parts.push(text(right, y, l, 20, { fill: "#5b616b" }));
    y += 28;
  }
  const shown = view.bars.slice(0, MAX_BARS);
  const top = y + 14;
  const bottom = H - 64;
  const rowH = shown.length ? Math.min(56, (bottom - top) / shown.length) : 0;
  const labelW = Math.min(340, W * 0.3);
  const barRight = right - labelW;
  const barMaxW = barRight - pad - 260;
  const max = Math.max(...shown.map((b) => b.value), 0) || 1;
  const size = Math.max(13, Math.min(24, rowH * 0.5));
  shown.forEach((b, i) => {
    const cy = top + i * rowH + rowH / 2;
    const showGroup = i === 0 || shown[i - 1]!.group !== b.group;
    const label = view.series.length > 1 ? showGroup ? `${b.group}، ${b.seriesLabel}` : b.seriesLabel : b.group;
    parts.push(text(right, cy + size * 0.35, label, size, { weight: showGroup ? 700 : 400 }));
    // A zero draws no bar at all (a hairline would read as "a little").
    const w = b.value > 0 ? Math.max(2, (b.value / max) * barMaxW) : 0;
    if (w > 0) parts.push(`<rect x="${barRight - w}" y="${cy - rowH * 0.32}" width="${w}" height="${rowH * 0.64}" rx="3" fill="${b.color}"/>`);
    parts.push(text(barRight - w - 12, cy + size * 0.35, b.text, size, { weight: 600 }));
  });
  if (!shown.length) parts.push(text(W / 2, (top + bottom) / 2, view.note || "داده‌ای نیست", 28, { anchor: "middle", fill: "#5b616b" }));
  if (view.bars.length > MAX_BARS) parts.push(text(right, bottom + 8, `و ${formatNumber(view.bars.length - MAX_BARS)} ستون دیگر در صفحه‌ی نمودار`, 16, { fill: "#5b616b" }));
  const date = formatJalali(o.dataDate ?? null);
  // A middle dot reads as a Persian zero at this size: separate with a bar.
  const footer = `${SITE.title}${date ? ` | داده‌ها تا ${date}` : ""}`;
  parts.push(`<line x1="${pad}" x2="${right}" y1="${H - 44}" y2="${H - 44}" stroke="#e3e0d8"/>`);
  parts.push(text(right, H - 16, footer, 18, { fill: "#5b616b" }));
  if (o.url) parts.push(`<text x="${pad}" y="${H - 16}" font-family="${FONT}" font-size="16" fill="#5b616b" direction="ltr">${escapeXml(o.url)}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join("")}</svg>`;
}
