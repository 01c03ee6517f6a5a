import type { ChartView } from "@/lib/charts/view";
import type { ChartQueryState, ChartSlug } from "@/lib/url-state";
import { ChartDrawing } from "./chart-drawing";
import { ChartLegend } from "./legend";
import { ViewTable } from "./view-table";
import { QomMapCompact } from "@/components/map/qom-map-compact";
import type { QomMapProps } from "@/components/map/qom-map";
import { mapChoiceOf } from "@/lib/map-url";

interface Props {
  chart: ChartSlug;
  view: ChartView;
  state: ChartQueryState;
  /** Only for the map chart. */
  map?: Pick<QomMapProps, "stats" | "geo">;
  /** Replaces the view's table (the spending chart's sortable table). */
  table?: React.ReactNode;
}

export function ChartFigure({ chart, view, state, map, table }: Props) {
  if (chart === "map" && map) {
    const choice = mapChoiceOf(state);
    return (
      <figure className="rounded-lg border border-rule bg-white p-3 sm:p-4" data-testid="chart-figure">
        <QomMapCompact stats={map.stats} geo={map.geo} metric={choice.metric} kind={choice.kind} unit={choice.unit} />
        <div className="mt-4"><ViewTable view={view} /></div>
      </figure>
    );
  }
  return (
    <figure className="rounded-lg border border-rule bg-white p-3 sm:p-4" data-testid="chart-figure">
      <figcaption className="mb-2 text-sm text-muted">{view.subtitle}</figcaption>
      {view.bars.length ? (
        <>
          <ChartLegend view={view} />
          <ChartDrawing view={view} label={view.title} />
        </>
      ) : (
        <p className="py-8 text-center text-muted">{view.note || "داده‌ای نیست"}</p>
      )}
      <div className="mt-4">{table ?? <ViewTable view={view} />}</div>
    </figure>
  );
}
