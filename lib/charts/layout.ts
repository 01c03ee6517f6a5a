// One entry point from a ChartView to its drawing. Recharts 3 renders no SVG on the server
// (docs/design.md), and our layouts (labels on their own line on phones, a log strip with one link
// per figure) are not what it draws, so every chart is our own Scene, the same on the page, in
// the downloads and in the embed.
import { layoutHBars, type LayoutOptions } from "./hbars";
import { layoutStrip } from "./strip";
import type { Scene } from "./scene";
import type { ChartView } from "./view";

export type { LayoutOptions };

/** Widths the page draws at: phones (and tablets) get the narrow layout, wide screens the columns. */
export const PAGE_WIDTHS = { narrow: 360, wide: 1000 } as const;

export function layoutChart(view: ChartView, o: LayoutOptions): Scene & { hidden: number } {
  if (view.layout === "strip") {
    const s = layoutStrip(view, o);
    return { ...s, hidden: s.hiddenRows };
  }
  const s = layoutHBars(view, o);
  return { ...s, hidden: s.hiddenGroups };
}
