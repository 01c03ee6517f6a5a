// Links of the /map page. The map's state is the chart query of lib/url-state.ts (metric, kind,
// unit); this only adds the map's own default (kind "credit" when colouring by amount) and keeps
// defaults out of the URL.
import type { AmountKind } from "./extract/types";
import type { MoneyUnit } from "./format";
import { DEFAULT_MAP_KIND, type MapChoice } from "./geo/metric";
import { serializeChartQuery, type ChartQueryState } from "./url-state";

export function mapChoiceOf(state: Pick<ChartQueryState, "metric" | "kind" | "unit">): MapChoice {
  return { metric: state.metric, kind: state.kind ?? DEFAULT_MAP_KIND, unit: state.unit };
}

export function mapHref(choice: { metric: MapChoice["metric"]; kind?: AmountKind | null; unit?: MoneyUnit }): string {
  const kind = choice.metric === "amount" && choice.kind !== DEFAULT_MAP_KIND ? (choice.kind ?? null) : null;
  return `/map${serializeChartQuery({ metric: choice.metric, kind, unit: choice.unit ?? "rial" })}`;
}
