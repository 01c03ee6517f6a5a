import { layoutChart, PAGE_WIDTHS } from "@/lib/charts/layout";
import type { ChartView } from "@/lib/charts/view";
import { SceneSvg } from "./scene-svg";

/**
 * The chart drawn twice, for phones and for wide screens (CSS shows one): an SVG is laid out for
 * one width, and scaling a wide drawing down to 390 px would shrink its labels to 5 px.
 */
export function ChartDrawing({ view, label }: { view: ChartView; label: string }) {
  const narrow = layoutChart(view, { width: PAGE_WIDTHS.narrow, narrow: true });
  const wide = layoutChart(view, { width: PAGE_WIDTHS.wide, narrow: false });
  return (
    <div data-testid="chart-drawing">
      <SceneSvg scene={narrow} label={label} maxWidth={480} className="mx-auto lg:hidden" testId="chart-narrow" />
      <SceneSvg scene={wide} label={label} className="mx-auto hidden lg:block" testId="chart-wide" />
    </div>
  );
}
