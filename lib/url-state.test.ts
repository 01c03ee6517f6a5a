import { describe, expect, it } from "vitest";
import {
  ARTICLE_DEFAULTS, articlesHref, canonicalChartState, canonicalSearch, changesHref, projectPageHref, parseChangesQuery, CHART_DEFAULTS, chartApiHref, chartHref, CHARTS, exportQuery, imageQuery,
  parseArticleQuery, parseChartQuery, parseProjectQuery, PROJECT_DEFAULTS, projectsHref, serializeChartQuery, serializeProjectQuery, unitHref,
  type ArticleQueryState, type ChartQueryState, type ProjectQueryState,
} from "./url-state";

describe("project query", () => {
  it("defaults are left out of URLs", () => {
    expect(serializeProjectQuery(PROJECT_DEFAULTS)).toBe("");
    expect(projectsHref({})).toBe("/projects");
  });

  it.each<[string, Partial<ProjectQueryState>]>([
    ["?district=region-6", { district: "region-6" }],
    ["?district=region-6&status=opening", { district: "region-6", status: "opening" }],
    ["?q=%D8%A2%D8%B3%D9%81%D8%A7%D9%84%D8%AA&page=2", { q: "آسفالت", page: 2 }],
    ["?category=park&sort=amount-desc&unit=toman", { category: "park", sort: "amount-desc", unit: "toman" }],
  ])("round-trips %s", (qs, partial) => {
    const state = { ...PROJECT_DEFAULTS, ...partial };
    expect(serializeProjectQuery(state)).toBe(qs);
    expect(parseProjectQuery(Object.fromEntries(new URLSearchParams(qs)))).toEqual(state);
  });

  it.each<[Record<string, string | string[]>, Partial<ProjectQueryState>]>([
    [{ district: "region-99" }, {}],
    [{ district: "'; DROP TABLE projects;--" }, {}],
    [{ status: "OPENING" }, {}],
    [{ page: "-4" }, {}],
    [{ page: "0" }, {}],
    [{ page: "1e400" }, {}],
    [{ page: "2.5" }, {}],
    [{ page: "99999999999" }, {}],
    [{ sort: "id; --" }, {}],
    [{ unit: "dollar" }, {}],
    [{ district: ["region-2", "region-6"] }, { district: "region-2" }],
    [{ q: "a".repeat(500) }, { q: "a".repeat(100) }],
    [{ q: "  <script>\u0000  " }, { q: "<script>" }],
  ])("bad input %j falls back to defaults", (raw, expected) => {
    expect(parseProjectQuery(raw)).toEqual({ ...PROJECT_DEFAULTS, ...expected });
  });
});

describe("chart query", () => {
  it("parse ∘ serialise is the identity on valid states", () => {
    const states: Partial<ChartQueryState>[] = [
      {}, { kind: "credit" }, { unit: "toman" }, { kind: "budget", year: "1398", scope: "regions" },
      { status: "opening" }, { metric: "amount", kind: "need" }, { sort: "district", page: 3 }, { sort: "year-asc" },
    ];
    for (const s of states) {
      const full = { ...CHART_DEFAULTS, ...s };
      const qs = serializeChartQuery(full);
      expect(parseChartQuery(Object.fromEntries(new URLSearchParams(qs)))).toEqual(full);
    }
  });

  it("bad values become defaults", () => {
    expect(parseChartQuery({ kind: "x", unit: "usd", year: "98", metric: "<b>" })).toEqual(CHART_DEFAULTS);
    expect(parseChartQuery({ sort: "amount';drop", page: "-2" })).toEqual(CHART_DEFAULTS);
    expect(parseChartQuery({ sort: ["kind", "district"], page: "999999999999" })).toEqual({ ...CHART_DEFAULTS, sort: "kind" });
  });

  it("keeps the table's sort and page in the spending chart's URL only, and out of its images", () => {
    expect(chartHref("spending", { sort: "kind", page: 2, unit: "toman" })).toBe("/charts/spending?unit=toman&sort=kind&page=2");
    expect(chartHref("coverage", { sort: "kind", page: 2 })).toBe("/charts/coverage");
    expect(imageQuery({ ...CHART_DEFAULTS, kind: "credit", sort: "kind", page: 2 })).toBe("?kind=credit");
    expect(chartApiHref("spending", "png", "?kind=credit", "download=1")).toBe("/api/charts/spending/png?kind=credit&download=1");
    expect(chartApiHref("status", "svg", "", "download=1")).toBe("/api/charts/status/svg?download=1");
    expect(chartApiHref("spending", "", "", exportQuery("csv", 1, true))).toBe("/api/charts/spending?format=csv&full=1");
    expect(chartApiHref("map", "", "?metric=amount")).toBe("/api/charts/map?metric=amount");
    expect(unitHref("/", "toman", "spending")).toBe("/?unit=toman#spending");
    expect(unitHref("/", "rial", "spending")).toBe("/#spending");
    expect(unitHref("/districts/region-1", "toman")).toBe("/districts/region-1?unit=toman");
    expect(unitHref("/districts/region-1", "rial")).toBe("/districts/region-1");
  });
});

describe("article query", () => {
  it.each<[string, Partial<ArticleQueryState>]>([
    ["", {}],
    ["?district=region-3", { district: "region-3" }],
    ["?outlet=%D9%82%D9%85+%D9%81%D9%88%D8%B1%DB%8C&page=2", { outlet: "قم فوری", page: 2 }],
  ])("round-trips «%s»", (qs, partial) => {
    const state = { ...ARTICLE_DEFAULTS, ...partial };
    expect(articlesHref(state)).toBe(`/articles${qs}`);
    expect(parseArticleQuery(Object.fromEntries(new URLSearchParams(qs)))).toEqual(state);
  });

  it.each<Record<string, string | string[]>>([{ district: "region-99" }, { page: "-1" }, { page: "abc" }, { outlet: "  " }, { district: ["x", "y"] }])(
    "bad values fall back to defaults: %j", (raw) => expect(parseArticleQuery(raw)).toEqual(ARTICLE_DEFAULTS),
  );

  it("an over-long outlet is cut to 100 characters, control characters dropped", () => {
    expect(parseArticleQuery({ outlet: `a\u0000${"ب".repeat(300)}` }).outlet).toHaveLength(100);
  });
});

describe("canonicalSearch (the response cache's key)", () => {
  it("keeps every state the pages link to exactly as their links write it", () => {
    const projects: Partial<ProjectQueryState>[] = [{}, { district: "niroogah", status: "opening", q: "بوستان شاهد", sort: "name", page: 3, unit: "toman" }, { category: "park" }];
    for (const s of projects) {
      const qs = serializeProjectQuery(s);
      expect(canonicalSearch("/projects", new URLSearchParams(qs))).toBe(qs);
    }
    for (const chart of CHARTS) {
      const state = canonicalChartState(chart, { kind: "credit", district: "region-2", unit: "toman", scope: "regions", status: "opening", year: "1402", metric: "amount" });
      const href = chartHref(chart, state);
      const [path, qs = ""] = href.split("?");
      expect(canonicalSearch(path!, new URLSearchParams(qs))).toBe(qs ? `?${qs}` : "");
      expect(canonicalSearch(path!, new URLSearchParams(`${qs}&embed=1`))).toBe(`?${qs ? `${qs}&` : ""}embed=1`);
    }
  });

  it("keeps the article list's filters and the chart images' download switch", () => {
    const qs = articlesHref({ district: "region-3", outlet: "قم فوری", page: 2 }).slice("/articles".length);
    expect(canonicalSearch("/articles", new URLSearchParams(`u=1&${qs.slice(1)}`))).toBe(qs);
    expect(canonicalSearch("/api/charts/status/svg", new URLSearchParams("download=1&x=2&district=region-2"))).toBe("?district=region-2&download=1");
    expect(canonicalSearch("/api/charts/status/png", new URLSearchParams("download=0"))).toBe("");
  });

  it("keeps the page of the amount exports; the full CSV drops the chart's view", () => {
    expect(canonicalSearch("/api/amounts", new URLSearchParams("page=3&u=1&format=csv"))).toBe("?format=csv&page=3");
    expect(canonicalSearch("/api/amounts", new URLSearchParams("page=1&full=1"))).toBe("");
    expect(canonicalSearch("/api/amounts", new URLSearchParams("page=x"))).toBe("");
    expect(canonicalSearch("/api/charts/spending", new URLSearchParams("full=1&format=csv&kind=credit&page=2"))).toBe("?format=csv&full=1&page=2");
    expect(canonicalSearch("/api/charts/map", new URLSearchParams("format=csv&full=1&metric=amount"))).toBe("?format=csv&full=1");
    // Without full=1, `page` is the spending table's page, part of the view.
    expect(canonicalSearch("/api/charts/spending", new URLSearchParams("format=csv&page=2"))).toBe("?page=2&format=csv");
    expect(exportQuery("json", 1)).toBe("");
    expect(exportQuery("csv", 4, true)).toBe("?format=csv&full=1&page=4");
  });

  it("keeps a project page's timeline page and unit, and the changes' and feed's filters", () => {
    expect(canonicalSearch("/projects/32", new URLSearchParams("unit=toman&x=1&page=2"))).toBe(projectPageHref(32, { page: 2, unit: "toman" }).slice("/projects/32".length));
    expect(canonicalSearch("/projects", new URLSearchParams("sort=last-reported&page=2"))).toBe("?sort=last-reported&page=2");
    const changes = changesHref({ district: "region-4", project: 32, page: 2, unit: "toman" });
    expect(canonicalSearch("/changes", new URLSearchParams(`${changes.slice("/changes?".length)}&junk=1`))).toBe(changes.slice("/changes".length));
    expect(canonicalSearch("/changes/feed.xml", new URLSearchParams("district=region-4&project=32&page=3&unit=toman"))).toBe("?district=region-4&project=32");
    expect(canonicalSearch("/changes/feed.xml", new URLSearchParams("district=nowhere&project=-1"))).toBe("");
  });

  it("drops what no route reads", () => {
    expect(canonicalSearch("/", new URLSearchParams("u=1&district=region-6&unit=toman"))).toBe("?unit=toman");
    expect(canonicalSearch("/articles/2", new URLSearchParams("page=2"))).toBe("");
    expect(canonicalSearch("/articles", new URLSearchParams("q=x&sort=name"))).toBe("");
    expect(canonicalSearch("/no/such/route", new URLSearchParams("a=1"))).toBe("");
  });
});

describe("changes query", () => {
  it("round-trips its filters and drops bad values to the defaults", () => {
    expect(parseChangesQuery({ district: "region-4", project: "32", page: "2", unit: "toman" })).toEqual({ district: "region-4", project: 32, page: 2, unit: "toman" });
    expect(parseChangesQuery({ district: "region-99", project: "abc", page: "-1", unit: "usd" })).toEqual({ district: null, project: null, page: 1, unit: "rial" });
    expect(parseChangesQuery({ project: ["7", "8"] })).toMatchObject({ project: 7 });
    expect(changesHref({ district: "region-4", project: 32 })).toBe("/changes?district=region-4&project=32");
    expect(changesHref(parseChangesQuery({}))).toBe("/changes");
  });
});
