import { beforeAll, describe, expect, it } from "vitest";
import { seedTempDb } from "../lib/test-db";
import { countArticleFacts, getArticle, listArticleFacts, listArticles, listOutlets } from "../../db/queries/articles";
import { listAmountPage } from "../../db/queries/amounts";
import { listDistrictStats } from "../../db/queries/districts";
import { countProjectFacets, getProject, listProjects } from "../../db/queries/projects";
import { ARTICLE_DEFAULTS, PROJECT_DEFAULTS } from "../../lib/url-state";
import { foldText } from "../../lib/text-fold";

beforeAll(() => {
  process.env.DB_FILE = seedTempDb();
});

describe("articles", () => {
  it("holds the five seeds, byte for byte, with sidecar metadata; newest first, undated last in ingest order", async () => {
    const fs = await import("node:fs");
    const { rows, total } = listArticles(ARTICLE_DEFAULTS);
    expect(total).toBe(5);
    const files = rows.map((r) => getArticle(r.id)!.file);
    expect(files).toEqual([
      "002_892153df91052492.txt", "000_dd63a7a9bc8eef05.txt", "001_2aaf69b661758fd0.txt", "003_e04cdcbd535f7dd2.txt", "004_85f28445afd2ade9.txt",
    ]);
    for (const [i, r] of rows.entries()) expect(getArticle(r.id)!.text).toBe(fs.readFileSync(`data/articles/${files[i]}`, "utf8"));
    expect(rows[0]).toMatchObject({ outlet: "شهرنیوز", published: "2025-11-09", url: "https://www.qom.ir/FZtEui" });
    expect(rows[0]).not.toHaveProperty("file");
  });

  it("gives every article a title: the sidecar's, else the text's first sentence", () => {
    const { rows } = listArticles(ARTICLE_DEFAULTS);
    expect(rows.find((r) => r.outlet === "کانون قم")?.title).toBe("استاندار قم بر تسریع اجرای نهضت ملی مسکن تأکید کرد");
    expect(rows.find((r) => r.outlet === "قم فوری")?.title).toMatch(/^رئیس سازمان صنعت، معدن و تجارت قم گفت: احداث بازارچه .*…$/);
    for (const r of rows) expect(r.title).toBeTruthy();
  });

  it("filters by outlet and by district (a region includes its neighbourhoods); an unknown outlet matches nothing", () => {
    expect(listArticles({ ...ARTICLE_DEFAULTS, outlet: "تسنیم" }).rows.map((r) => r.outlet)).toEqual(["تسنیم"]);
    expect(listArticles({ ...ARTICLE_DEFAULTS, outlet: "no such outlet" })).toMatchObject({ rows: [], total: 0, page: 1, pages: 1 });
    const r6 = listArticles({ ...ARTICLE_DEFAULTS, district: "region-6" });
    expect(r6.total).toBeGreaterThan(0);
    expect(r6.total).toBeLessThan(5);
    for (const a of r6.rows) expect(listArticleFacts(a.id).mentions.some((m) => ["region-6", "niroogah", "seyyed-masoum"].includes(m.placeSlug))).toBe(true);
    // A page past the end is the last page (here the only one), not an empty list.
    expect(listArticles({ ...ARTICLE_DEFAULTS, page: 100_000 })).toMatchObject({ page: 1, pages: 1, rows: listArticles(ARTICLE_DEFAULTS).rows });
  });

  it("lists outlets with their counts", () => {
    expect(listOutlets().map((o) => o.n)).toEqual([1, 1, 1, 1, 1]);
    expect(listOutlets().map((o) => o.outlet)).toContain("شهرنیوز");
  });

  it("stores every fact with a span that slices to its quote", () => {
    for (const a of listArticles(ARTICLE_DEFAULTS).rows) {
      const text = getArticle(a.id)!.text;
      const f = listArticleFacts(a.id);
      for (const x of [...f.amounts, ...f.projects, ...f.quantities, ...f.mentions]) expect(text.slice(x.start, x.end)).toBe(x.quote);
    }
    expect(countArticleFacts().amounts).toBe(4);
  });
});

describe("amounts", () => {
  it("holds every seed figure in exact rials", () => {
    expect(listAmountPage(1, 500).rows.map((a) => [a.valueRial, a.kind, a.placesKey]).sort()).toEqual([
      [1_500_000_000_000, "need", "region-2,region-6"],
      [30_000_000_000_000, "credit", "city"],
      [442_000_000_000, "budget", "region-6"],
      [4_700_000_000_000, "credit", "region-2,region-6"],
    ].sort());
  });

  it("pages every amount in the order they were added; a page past the end is the last page", () => {
    const all = listAmountPage(1, 500).rows.map((a) => a.id);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    const second = listAmountPage(2, 3);
    expect(second).toMatchObject({ total: 4, page: 2, pages: 2, offset: 3 });
    expect(second.rows.map((a) => a.id)).toEqual(all.slice(3));
    expect(listAmountPage(100_000, 3).rows.map((a) => a.id)).toEqual(all.slice(3));
  });
});

describe("projects", () => {
  it("filters by region including its neighbourhoods", () => {
    const { rows, total } = listProjects({ ...PROJECT_DEFAULTS, district: "region-6" });
    expect(total).toBe(rows.length);
    const names = rows.map((r) => r.name).join(" | ");
    expect(names).toContain("بوستان شاهد");
    expect(names).toContain("خیابان گلشن");
    expect(names).not.toContain("رمپ حکیم");
    for (const r of rows) expect(r.places.some((p) => ["region-6", "niroogah", "seyyed-masoum"].includes(p))).toBe(true);
  });

  it("searches ignoring ی/ي, ک/ك and ZWNJ", () => {
    const a = listProjects({ ...PROJECT_DEFAULTS, q: "پياده‌راه" }).rows.map((r) => r.id);
    const b = listProjects({ ...PROJECT_DEFAULTS, q: "پیادهراه" }).rows.map((r) => r.id);
    expect(a.length).toBeGreaterThan(0);
    expect(a).toEqual(b);
  });

  it("treats LIKE wildcards in the search text literally", () => {
    expect(listProjects({ ...PROJECT_DEFAULTS, q: "%" }).total).toBe(0);
    expect(listProjects({ ...PROJECT_DEFAULTS, q: "_" }).total).toBe(0);
  });

  it("counts facets with the other filters applied", () => {
    const all = listProjects(PROJECT_DEFAULTS).total;
    const f = countProjectFacets({ district: "region-6", status: null, category: null, q: "" });
    const byStatus = [...f.status.values()].reduce((s, n) => s + n, 0);
    expect(byStatus).toBe(listProjects({ ...PROJECT_DEFAULTS, district: "region-6" }).total);
    expect(f.district.get("region-6")).toBe(listProjects({ ...PROJECT_DEFAULTS, district: "region-6" }).total);
    expect(byStatus).toBeLessThan(all);
  });

  it("pages and sorts within allowlisted orders", () => {
    const folded = listProjects({ ...PROJECT_DEFAULTS, sort: "name" }).rows.map((r) => foldText(r.name));
    expect(folded).toEqual([...folded].sort());
    const all = listProjects(PROJECT_DEFAULTS);
    expect(listProjects({ ...PROJECT_DEFAULTS, page: 999 })).toMatchObject({ page: all.pages, pages: all.pages, total: all.total });
    const byAmount = listProjects({ ...PROJECT_DEFAULTS, sort: "amount-desc" }).rows.map((r) => r.amountValueRial);
    const known = byAmount.filter((v) => v !== null);
    expect(byAmount.slice(0, known.length)).toEqual([...known].sort((a, b) => b! - a!));
  });

  it("returns null for an unknown project", () => {
    expect(getProject(999_999)).toBeNull();
  });
});

describe("districts", () => {
  it("reports coverage for every place, zero where nothing was reported", () => {
    const stats = new Map(listDistrictStats().map((s) => [s.slug, s]));
    expect(stats.get("region-6")!.articles).toBeGreaterThan(0);
    expect(stats.get("region-6")!.projects).toBeGreaterThanOrEqual(7);
    expect(stats.get("region-4")).toMatchObject({ articles: 0, projects: 0, amounts: [] });
  });
});
