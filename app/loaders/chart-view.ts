// Glue shared by the chart page and the chart APIs: state → queries → lib view. No SQL here.
import { listDistrictStats } from "@/db/queries/districts";
import { countProjectFacets } from "@/db/queries/projects";
import { categoryView, coverageView, mapView, statusView, type ChartView } from "@/lib/charts/view";
import { shapeMapView } from "@/lib/geo/metric";
import { mapChoiceOf } from "@/lib/map-url";
import { loadSpendingView } from "./spending";
import type { ChartQueryState, ChartSlug } from "@/lib/url-state";

export function loadChartView(chart: ChartSlug, s: ChartQueryState): ChartView {
  switch (chart) {
    case "spending":
      return loadSpendingView(s);
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

