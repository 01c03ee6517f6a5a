// A chart as a flat list of marks in pixels. The page (components/charts/scene-svg.tsx), the SVG
// and PNG downloads, the preview image and the embed all draw the SAME scene, so they cannot
// disagree. Anchors are physical (the SVG root is direction="ltr"): "end" is the right edge, in
// Chromium and in resvg alike; Persian runs are wrapped in RLM marks so they order right to left.
import { textWidth } from "./measure";

export type Anchor = "start" | "middle" | "end";
export type Shape = "circle" | "square" | "diamond" | "triangle" | "triangle-down" | "ring" | "cross" | "star";

export interface TextMark { t: "text"; x: number; y: number; s: string; size: number; weight: 400 | 700; fill: string; anchor: Anchor; ltr?: boolean; w: number; cls?: string }
export interface RectMark { t: "rect"; x: number; y: number; w: number; h: number; fill: string; rx?: number; title?: string }
export interface LineMark { t: "line"; x1: number; y1: number; x2: number; y2: number; stroke: string; dash?: boolean }
export interface DotMark { t: "dot"; x: number; y: number; r: number; shape: Shape; fill: string }
export interface LinkMark { t: "link"; href: string; title: string; marks: Mark[]; newTab?: boolean }
export type Mark = TextMark | RectMark | LineMark | DotMark | LinkMark;

export interface Scene {
  width: number;
  height: number;
  marks: Mark[];
}

export const INK = "#1f2328";
export const MUTED = "#5b616b";
export const GRID = "#e3e0d8";

/** A text mark with its measured width; `anchor` is physical (default: right-aligned at x). */
export function text(x: number, y: number, s: string, size: number, o: { weight?: 400 | 700; fill?: string; anchor?: Anchor; ltr?: boolean; cls?: string } = {}): TextMark {
  const weight = o.weight ?? 400;
  return { t: "text", x, y, s, size, weight, fill: o.fill ?? INK, anchor: o.anchor ?? "end", ltr: o.ltr, w: textWidth(s, size, weight), cls: o.cls };
}

/** Horizontal extent [left, right] of a text mark, by its estimated width. */
export function textBox(m: TextMark): [number, number] {
  const left = m.anchor === "end" ? m.x - m.w : m.anchor === "middle" ? m.x - m.w / 2 : m.x;
  return [left, left + m.w];
}

export function shift(marks: readonly Mark[], dx: number, dy: number): Mark[] {
  return marks.map((m): Mark => {
    switch (m.t) {
      case "text": return { ...m, x: m.x + dx, y: m.y + dy };
      case "rect": return { ...m, x: m.x + dx, y: m.y + dy };
      case "line": return { ...m, x1: m.x1 + dx, x2: m.x2 + dx, y1: m.y1 + dy, y2: m.y2 + dy };
      case "dot": return { ...m, x: m.x + dx, y: m.y + dy };
      case "link": return { ...m, marks: shift(m.marks, dx, dy) };
    }
  });
}

/** SVG path of a dot shape centred at (x, y). */
export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case "square": return `M${f(x - r * 0.9)} ${f(y - r * 0.9)}h${f(r * 1.8)}v${f(r * 1.8)}h${f(-r * 1.8)}z`;
    case "diamond": return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.2)} ${f(y)}L${f(x)} ${f(y + r * 1.2)}L${f(x - r * 1.2)} ${f(y)}z`;
    case "triangle": return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.15)} ${f(y + r * 0.9)}H${f(x - r * 1.15)}z`;
    case "triangle-down": return `M${f(x)} ${f(y + r * 1.2)}L${f(x + r * 1.15)} ${f(y - r * 0.9)}H${f(x - r * 1.15)}z`;
    case "cross": return `M${f(x - r * 0.35)} ${f(y - r)}h${f(r * 0.7)}v${f(r * 0.65)}h${f(r * 0.65)}v${f(r * 0.7)}h${f(-r * 0.65)}v${f(r * 0.65)}h${f(-r * 0.7)}v${f(-r * 0.65)}h${f(-r * 0.65)}v${f(-r * 0.7)}h${f(r * 0.65)}z`;
    case "star": {
      const pts = Array.from({ length: 10 }, (_, i) => {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rr = i % 2 ? r * 0.55 : r * 1.25;
        return `${f(x + rr * Math.cos(a))} ${f(y + rr * Math.sin(a))}`;
      });
      return `M${pts.join("L")}z`;
    }
    case "ring":
    case "circle":
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0z`;
  }
}

/** Persian text is wrapped in RLM marks so a line ending in «)» or digits still reads right to left. */
export function bidiText(m: TextMark): string {
  return m.ltr ? m.s : `\u200F${m.s}\u200F`;
}
