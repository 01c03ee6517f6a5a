// Glue shared by the chart page and the chart APIs: state → queries → lib view. No SQL here.
import { listAmounts } from "@/db/queries/amounts";
import { getDataDate } from "@/db/queries/articles";
import { listDistrictStats } from "@/db/queries/districts";
import { countProjectFacets } from "@/db/queries/projects";
import { filterScopeOf } from "@/lib/districts";
import { categoryView, coverageView, mapView, spendingView, statusView, type ChartView } from "@/lib/charts/view";
import { shapeMapView } from "@/lib/geo/metric";
import { mapChoiceOf } from "@/lib/map-url";
import { shapeSpending } from "@/lib/spending";
import type { ChartQueryState, ChartSlug } from "@/lib/url-state";

export function loadChartView(chart: ChartSlug, s: ChartQueryState): ChartView {
  switch (chart) {
    case "spending": {
      const scope = s.district ? new Set<string>(filterScopeOf(s.district)) : null;
      const rows = listAmounts().filter((a) => !scope || a.placesKey.split(",").some((p) => scope.has(p)));
      return spendingView(shapeSpending(rows, { kind: s.kind, year: s.year, scope: s.scope }), s);
    }
    case "status":
      return statusView(countProjectFacets({ district: s.district, status: null, category: null, q: "" }).status, s);
    case "category":
      return categoryView(countProjectFacets({ district: s.district, status: s.status, category: null, q: "" }).category, s);
    case "coverage":
      return coverageView(listDistrictStats());
    case "map":
      return mapView(shapeMapView(listDistrictStats(), mapChoiceOf(s)));
  }
}

export { getDataDate };
