// Glue for the spending chart and table: state → bounded queries → lib shaping. No SQL here.
import { countFigures, listFigurePage, listSpendingGroups, listTopFigureAmounts, type SpendingFilter } from "@/db/queries/spending";
import { filterScopeOf, type PlaceSlug } from "@/lib/districts";
import { spendingView, type ChartView } from "@/lib/charts/view";
import { pageWindow } from "@/lib/paging";
import { dedupeFigures, MAX_ROWS, MAX_SOURCES, PER_KIND, pickRows, shapeSpendingChart, type DistinctFigure } from "@/lib/spending";
import { CHART_DEFAULTS, SPENDING_PAGE_SIZE, type ChartQueryState, type SpendingSort } from "@/lib/url-state";

/** Place groups read to choose the chart's rows (a group has up to 8 kinds). */
const GROUPS_READ = 400;

export function spendingFilterOf(s: Pick<ChartQueryState, "kind" | "year" | "district" | "scope">): SpendingFilter {
  return { kind: s.kind, year: s.year, scope: s.district ? filterScopeOf(s.district) : null, regionsOnly: s.scope === "regions" };
}

export function loadSpendingView(s: ChartQueryState): ChartView {
  const f = spendingFilterOf(s);
  const picked = pickRows(listSpendingGroups(f, GROUPS_READ), MAX_ROWS);
  const amounts = listTopFigureAmounts(f, picked.keys, PER_KIND, MAX_SOURCES);
  return spendingView(shapeSpendingChart(picked, amounts, countFigures(f), PER_KIND), s);
}

export interface FigurePage {
  figures: DistinctFigure[];
  total: number;
  page: number;
  pages: number;
  sort: SpendingSort;
}

/** One page of the table; a page past the end shows the last one. */
export function loadFigurePage(s: Pick<ChartQueryState, "kind" | "year" | "district" | "scope" | "sort" | "page">, size = SPENDING_PAGE_SIZE): FigurePage {
  const f = spendingFilterOf(s);
  const total = countFigures(f);
  const { page, pages, offset } = pageWindow(s.page, total, size);
  const rows = total ? listFigurePage(f, s.sort, size, offset, MAX_SOURCES) : [];
  return { figures: dedupeFigures(rows), total, page, pages, sort: s.sort };
}

/** The chart and its largest figures for a block on / or a district page. */
export function loadSpendingBlock(district: PlaceSlug | null, unit: ChartQueryState["unit"], top = 10) {
  const s: ChartQueryState = { ...CHART_DEFAULTS, district, unit };
  return { view: loadSpendingView(s), table: loadFigurePage(s, top) };
}
