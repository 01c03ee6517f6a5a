import Link from "next/link";
import { formatNumber, unitLabel, type MoneyUnit } from "@/lib/format";
import type { ChartView } from "@/lib/charts/view";
import type { DistinctFigure } from "@/lib/spending";
import { ChartDrawing } from "./chart-drawing";
import { ChartLegend } from "./legend";
import { SpendingTable } from "./spending-table";
import { CHART_PAGE } from "@/lib/strings";

interface Props {
  view: ChartView;
  /** The largest figures, listed under the chart. */
  top: DistinctFigure[];
  total: number;
  unit: MoneyUnit;
  /** The chart page with the full, sortable table. */
  chartHref: string;
}

/** The spending strip chart with its largest figures as a table, for / and district pages. */
export function SpendingBlock({ view, top, total, unit, chartHref }: Props) {
  return (
    <figure className="rounded-lg border border-rule bg-white p-3 sm:p-4" data-testid="spending-block">
      <figcaption className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-sm text-muted">{view.subtitle}</span>
        <span className="text-sm text-muted">واحد: {unitLabel(unit)}</span>
      </figcaption>
      {view.bars.length ? (
        <>
          <ChartLegend view={view} />
          <ChartDrawing view={view} label={view.title} />
          <div className="mt-4">
            <SpendingTable caption={CHART_PAGE.largest(unitLabel(unit))} figures={top} unit={unit} />
          </div>
          <p className="mt-2 text-sm">
            <Link href={`${chartHref}#figures`} className="font-semibold text-accent underline" data-testid="all-figures">
              {CHART_PAGE.allFigures(formatNumber(total))}
            </Link>
          </p>
        </>
      ) : (
        <p className="text-muted">{CHART_PAGE.noFigures}</p>
      )}
    </figure>
  );
}
