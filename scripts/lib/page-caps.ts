// Every route's stated cap: what it reads and the most bytes it may send, whatever the corpus
// holds. Checked by e2e/bounds.spec.ts on the worst case the ingest limits allow
// (scripts/bench-lib/worst-case-db.ts) and printed by `npm run bench:bounds` at today's corpus, at
// 10× and at that worst case (docs/bounds.md). `{article}` and `{project}` are filled in.

export interface RouteCap {
  path: string;
  /** What the route reads, in words: its bound. */
  reads: string;
  /** Most bytes of the (uncompressed) response. */
  capKb: number;
}

export const PAGE_CAPS: readonly RouteCap[] = [
  { path: "/", reads: "counts; 4 largest figures; spending chart (≤ 24 place groups × 3 per kind) and its 10 largest; 6 newest projects; per place 3 counts and ≤ 4 figures per kind (map)", capKb: 600 },
  { path: "/projects", reads: "20 projects; facet counts grouped in SQL", capKb: 160 },
  { path: "/projects?page=100000", reads: "the last page: one count, then 20 projects", capKb: 160 },
  { path: "/projects?q=%D8%A8%D9%88%D8%B3%D8%AA%D8%A7%D9%86&sort=amount-desc", reads: "20 projects of a search; facets", capKb: 160 },
  { path: "/projects/{project}", reads: "one project, its sentence and figure", capKb: 120 },
  { path: "/articles", reads: "30 articles; ≤ 200 outlets in the filter", capKb: 160 },
  { path: "/articles?page=100000", reads: "the last page of 30", capKb: 160 },
  { path: "/articles/{article}", reads: "one article: ≤ 200 kB of text, ≤ 1,500 marked facts (the ingest limits)", capKb: 1400 },
  { path: "/districts/region-3", reads: "chart and 10 largest figures; 20 projects; 10 newest articles; per place stats (map)", capKb: 600 },
  { path: "/districts/city", reads: "as a region", capKb: 600 },
  { path: "/map", reads: "per place: 3 counts and ≤ 4 figures per kind", capKb: 350 },
  { path: "/about", reads: "nothing", capKb: 60 },
  { path: "/extract", reads: "nothing (the extractor runs in the reader's browser)", capKb: 60 },
  { path: "/data", reads: "row counts per table, the data dictionary (grown by the story tables: 230 kB at any size), ≤ 40 outlets", capKb: 280 },
  { path: "/changes", reads: "10 articles × their first 12 changes (each with ≤ 5 earlier figures)", capKb: 400 },
  { path: "/changes?page=100000", reads: "the last page of 10 articles", capKb: 400 },
  { path: "/changes/feed.xml", reads: "≥ 50 changes of the newest articles (≤ 10 pages)", capKb: 200 },
  { path: "/charts/spending", reads: "≤ 400 group counts, ≤ 24 groups × 8 kinds × 3 figures × 5 sources; a table page of 20", capKb: 400 },
  { path: "/charts/spending?sort=district&page=100000", reads: "the chart and the table's last page", capKb: 400 },
  { path: "/charts/spending?embed=1", reads: "the chart alone", capKb: 200 },
  { path: "/charts/status", reads: "status counts", capKb: 120 },
  { path: "/charts/category", reads: "category counts", capKb: 120 },
  { path: "/charts/coverage", reads: "2 counts per place", capKb: 300 },
  { path: "/charts/map", reads: "per place stats", capKb: 350 },
  { path: "/api/amounts", reads: "500 amounts (a page; X-Total-Count, next)", capKb: 600 },
  { path: "/api/amounts?format=csv&page=100000", reads: "the last page of 500", capKb: 400 },
  { path: "/api/charts/spending?format=csv&full=1", reads: "500 amounts (a page)", capKb: 400 },
  { path: "/api/districts", reads: "per place: 3 counts and ≤ 4 figures per kind", capKb: 500 },
  { path: "/api/projects", reads: "20 projects", capKb: 60 },
  { path: "/api/charts/spending", reads: "the chart's figures with ≤ 5 sources each", capKb: 300 },
  { path: "/api/charts/spending?format=csv", reads: "the chart's figures", capKb: 200 },
  { path: "/api/charts/map", reads: "per place stats", capKb: 60 },
  { path: "/api/charts/spending/svg?download=1", reads: "the whole chart", capKb: 120 },
  { path: "/api/charts/coverage/svg?download=1", reads: "the whole chart", capKb: 120 },
];

export function capPath(route: RouteCap, ids: { article: number; project: number }): string {
  return route.path.replace("{article}", String(ids.article)).replace("{project}", String(ids.project));
}
