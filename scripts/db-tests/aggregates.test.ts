// The per-place aggregates every ingest rebuilds, against the same numbers counted the slow way in
// JavaScript from the facts themselves, on a real database (seeds + dense articles + a later ingest).
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { filtersCovering, PLACE_SLUGS } from "../../lib/districts";
import { AMOUNT_KINDS } from "../../lib/extract/types";
import { PANEL_FIGURES } from "../../lib/geo/metric";
import { worstCaseArticle } from "../lib/hostile-articles";
import { ingestArticles } from "../lib/pipeline";
import { listDistrictStats } from "../../db/queries/districts";
import { seedTempDb } from "../lib/test-db";
import { openWritable } from "../../db/writer";

let file = "";

beforeAll(() => {
  file = seedTempDb();
  const w = openWritable(file);
  ingestArticles(w, [worstCaseArticle(0, 40), worstCaseArticle(1, 40)]);
  // A second ingest: the aggregates follow every write, not only a seed.
  ingestArticles(w, [worstCaseArticle(2, 40), { ...worstCaseArticle(0, 40), file: "again.txt" }]);
  w.sqlite.close();
  process.env.DB_FILE = file;
});

function countedSlowly() {
  const db = new Database(file, { readonly: true });
  const rows = <T>(q: string) => db.prepare(q).all() as T[];
  const per = () => new Map(PLACE_SLUGS.map((s) => [s as string, new Set<string>()]));
  const articles = per();
  const projects = per();
  const figures = new Map(PLACE_SLUGS.map((s) => [s as string, new Map<string, { id: number; kind: string; valueRial: number; placesKey: string }>()]));
  for (const m of rows<{ article_id: number; place_slug: string }>("select article_id, place_slug from place_mentions")) {
    for (const o of filtersCovering(m.place_slug)) articles.get(o)?.add(String(m.article_id));
  }
  for (const p of rows<{ project_id: number; place_slug: string }>("select project_id, place_slug from project_places")) {
    for (const o of filtersCovering(p.place_slug)) projects.get(o)?.add(String(p.project_id));
  }
  for (const a of rows<{ id: number; kind: string; value_rial: number; places_key: string; place_slug: string }>(
    "select a.id, a.kind, a.value_rial, a.places_key, ap.place_slug from amounts a join amount_places ap on ap.amount_id = a.id order by a.id",
  )) {
    if (!(AMOUNT_KINDS as readonly string[]).includes(a.kind)) continue;
    for (const o of filtersCovering(a.place_slug)) {
      const key = `${a.kind}|${a.value_rial}|${a.places_key}`;
      if (!figures.get(o)!.has(key)) figures.get(o)!.set(key, { id: a.id, kind: a.kind, valueRial: a.value_rial, placesKey: a.places_key });
    }
  }
  db.close();
  return { articles, projects, figures };
}

describe("place aggregates (db/aggregates.ts)", () => {
  it("count articles, projects and distinct figures per place as the filters scope them", () => {
    const slow = countedSlowly();
    const stats = listDistrictStats();
    expect(stats.map((s) => s.slug)).toEqual(PLACE_SLUGS);
    for (const s of stats) {
      expect([s.slug, s.articles, s.projects, s.figures]).toEqual([s.slug, slow.articles.get(s.slug)!.size, slow.projects.get(s.slug)!.size, slow.figures.get(s.slug)!.size]);
    }
    expect(stats.find((s) => s.slug === "region-6")!.figures).toBeGreaterThan(PANEL_FIGURES * 2);
  });

  it("keep the largest figures of each kind per place, each by its first amount", () => {
    const slow = countedSlowly();
    for (const s of listDistrictStats()) {
      const want = AMOUNT_KINDS.flatMap((k) =>
        [...slow.figures.get(s.slug)!.values()]
          .filter((f) => f.kind === k)
          .sort((a, b) => b.valueRial - a.valueRial || a.placesKey.localeCompare(b.placesKey))
          .slice(0, PANEL_FIGURES)
          .map((f) => [f.id, f.kind, f.valueRial, f.placesKey]),
      );
      const got = s.amounts.map((a) => [a.id, a.kind, a.valueRial, a.placesKey]);
      expect(got.sort(), s.slug).toEqual(want.sort());
    }
  });
});
