// The queries bench:scale times, as the pages call them: /projects (listProjects +
// countProjectFacets per filter, sort and deep page), the home page, districts and charts.
import { countArticleFacts } from "../../db/queries/articles";
import { listAmountPage, listLargestAmounts } from "../../db/queries/amounts";
import { listDistrictArticles, listDistrictStats } from "../../db/queries/districts";
import { countProjectFacets, listProjects, listRecentProjects } from "../../db/queries/projects";
import { loadFigurePage, loadSpendingView } from "../../app/loaders/spending";
import { CHART_DEFAULTS, EXPORT_PAGE_SIZE } from "../../lib/url-state";
import { PROJECT_DEFAULTS, type ProjectQueryState } from "../../lib/url-state";

export interface QueryCase {
  name: string;
  /** Runs the query once; returns a short description of the result. */
  run: () => string;
}

/** The /projects states measured: each filter alone, sorts, deep pages and a combination. */
const PROJECT_STATES: readonly [string, Partial<ProjectQueryState>][] = [
  ["no filter", {}],
  ["district=region-6", { district: "region-6" }],
  ["district=city", { district: "city" }],
  ["district=niroogah", { district: "niroogah" }],
  ["status=completed", { status: "completed" }],
  ["category=park", { category: "park" }],
  ["q=بوستان", { q: "بوستان" }],
  ["q=(no match)", { q: "ناموجود" }],
  ["sort=name", { sort: "name" }],
  ["sort=amount-desc", { sort: "amount-desc" }],
  ["sort=amount-asc page 100", { sort: "amount-asc", page: 100 }],
  ["page 500", { page: 500 }],
  ["last page (5000)", { page: 5000 }],
  ["region-6+in_progress+amount-desc p20", { district: "region-6", status: "in_progress", sort: "amount-desc", page: 20 }],
  ["district=region-2+q=بازار", { district: "region-2", q: "بازار" }],
  // the worst searches a stranger can send (SEARCH_MATCH_CAP 10,000 names): the most names under
  // the cap, past its last page and within a district, a two-letter scan, and refusals
  ["q=بوستان page 100000 (9,644 names)", { q: "بوستان", page: 100_000 }],
  ["district=region-6+q=بوستان+amount-desc", { district: "region-6", q: "بوستان", sort: "amount-desc" }],
  ["q=بازار (19,286 names: refused)", { q: "بازار" }],
  ["q=پل (two letters: every name scanned)", { q: "پل" }],
  ["q=شهید (in every name: refused)", { q: "شهید" }],
  ["q=ا (one letter: refused)", { q: "ا" }],
];

export function queryCases(): QueryCase[] {
  const projectCases = PROJECT_STATES.flatMap(([label, s]): QueryCase[] => {
    const state = { ...PROJECT_DEFAULTS, ...s };
    return [
      { name: `listProjects ${label}`, run: () => { const r = listProjects(state); return r.tooBroad ? "refused: too broad" : `${r.rows.length} of ${r.total}`; } },
      { name: `countProjectFacets ${label}`, run: () => { const f = countProjectFacets(state); return `${f.district.size}/${f.status.size}/${f.category.size} keys`; } },
    ];
  });
  return [
    ...projectCases,
    { name: "listDistrictStats", run: () => `${listDistrictStats().length} places` },
    { name: "listDistrictArticles region-6 (10 newest)", run: () => { const r = listDistrictArticles("region-6", 10); return `${r.rows.length} of ${r.total}`; } },
    { name: "spending chart, district=region-6", run: () => `${loadSpendingView({ ...CHART_DEFAULTS, district: "region-6" }).bars.length} figures` },
    { name: "spending table, last page by amount", run: () => `${loadFigurePage({ ...CHART_DEFAULTS, page: 100_000 }).figures.length} figures` },
    { name: "listAmountPage last page (/api/amounts?page=100000)", run: () => { const r = listAmountPage(100_000, EXPORT_PAGE_SIZE); return `${r.rows.length} rows, page ${r.page}`; } },
    { name: "spending chart (top figures per group)", run: () => `${loadSpendingView(CHART_DEFAULTS).bars.length} figures` },
    { name: "spending table, page 1 by district", run: () => `${loadFigurePage({ ...CHART_DEFAULTS, sort: "district" }).figures.length} figures` },
    { name: "home: countArticleFacts", run: () => `${countArticleFacts().projects} projects` },
    { name: "home: listLargestAmounts(4)", run: () => `${listLargestAmounts(4).length} rows` },
    { name: "home: listRecentProjects(6)", run: () => `${listRecentProjects(6).length} rows` },
  ];
}
