// Project identity on the real seeds + dev corpus (../shared/dev-corpus, read at test time, never
// committed), seeded by the real seed code with the committed data/corrections.yaml: the works
// several articles report are one project each, distinct works stay apart, re-ingest changes
// nothing, and a database grown by ingest equals one seeded at once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestArticles } from "../lib/pipeline";
import { openWritable } from "../../db/writer";
import { parseCorrections } from "../../lib/corrections";
import { listArticleFiles, loadArticle } from "../load-articles";
import { loadCorpus } from "../load-corpus";
import { seedDatabase } from "../seed-lib";

const CORPUS = path.resolve("../shared/dev-corpus/articles");
const corrections = parseCorrections(fs.readFileSync("data/corrections.yaml", "utf8"));
let file: string;

function projectsOf(db: string, fileLike: string, nameLike: string): { project: number; files: string[] }[] {
  const s = new Database(db, { readonly: true });
  try {
    const rows = s.prepare(`select m.project_id project, group_concat(distinct a2.file) files from project_mentions m
      join project_mentions m2 on m2.project_id = m.project_id join articles a on a.id = m.article_id join articles a2 on a2.id = m2.article_id
      where a.file like ? and m.name like ? group by m.project_id`).all(`${fileLike}%`, `%${nameLike}%`) as { project: number; files: string }[];
    return rows.map((r) => ({ project: r.project, files: r.files.split(",").map((f) => f.slice(0, 3)).sort() }));
  } finally {
    s.close();
  }
}

/** Every project as the sorted list of its mentions (article file + offset + name), for comparing databases. */
function grouping(db: string): string[] {
  const s = new Database(db, { readonly: true });
  try {
    const rows = s.prepare(`select m.project_id p, a.file || '#' || m.start || '#' || m.name k, pr.name n, pr.hidden h, pr.status st, pr.article_count c
      from project_mentions m join articles a on a.id = m.article_id join projects pr on pr.id = m.project_id`).all() as { p: number; k: string; n: string; h: number; st: string; c: number }[];
    const by = new Map<number, string[]>();
    for (const r of rows) by.set(r.p, [...(by.get(r.p) ?? []), `${r.k}`]);
    const meta = new Map(rows.map((r) => [r.p, `${r.n}|${r.h}|${r.st}|${r.c}`]));
    return [...by].map(([p, ks]) => `${meta.get(p)}: ${ks.sort().join(" ; ")}`).sort();
  } finally {
    s.close();
  }
}

const tmpDb = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qom-identity-")), "t.db");

beforeAll(() => {
  file = tmpDb();
  const r = seedDatabase(path.resolve("data/articles"), file, CORPUS, corrections);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  expect(r.stale).toEqual([]);
}, 120_000);

describe("project identity on the dev corpus", () => {
  it("makes one project of each work several articles report, with all its mentions", () => {
    expect(projectsOf(file, "212", "خضر نبی")).toEqual([{ project: expect.any(Number), files: ["212", "213", "505"] }]);
    expect(projectsOf(file, "307", "عمار یاسر")[0]?.files).toEqual(["307", "415"]);
    expect(projectsOf(file, "407", "قطار شهری")[0]?.files).toEqual(["222", "407"]);
    // the editor's merge: an underpass in 1401 and the interchange opened in 1402
    expect(projectsOf(file, "207", "شهدای روحانیت")[0]?.files).toEqual(["207", "208"]);
  });

  it("keeps distinct works apart: a phase, a part of a park, another park, another place", () => {
    const park = projectsOf(file, "212", "خضر نبی")[0]?.project;
    expect(projectsOf(file, "505", "سایت ورزشی")[0]?.project).not.toBe(park); // the sports site in the park
    expect(projectsOf(file, "001", "فاز پنجم خضر نبی")[0]?.project).not.toBe(park); // a street phase of the same name
    expect(projectsOf(file, "213", "باغ ایرانی")[0]?.project).not.toBe(park);
    expect(projectsOf(file, "427", "خضر")[0]?.project).not.toBe(park); // «بوستان 45 هکتار خضر», placed elsewhere
    const [hashemi, moallem] = [projectsOf(file, "525", "هاشمی")[0]?.project, projectsOf(file, "525", "معلم")[0]?.project];
    expect(hashemi).not.toBe(moallem);
    expect(projectsOf(file, "409", "فاز دوم خط یک")[0]?.project).not.toBe(projectsOf(file, "409", "فاز نخست")[0]?.project);
    expect(projectsOf(file, "216", "خط A")[0]?.project).not.toBe(projectsOf(file, "407", "قطار شهری")[0]?.project);
  });

  it("applies the editor's hide, kind fix and district fix, keeping what the extractor said", () => {
    const s = new Database(file, { readonly: true });
    try {
      const hidden = s.prepare("select p.hidden h, p.name n from project_mentions m join projects p on p.id = m.project_id join articles a on a.id = m.article_id where a.file like '322%' and m.name like '%بقعه متبرکه%'").get() as { h: number };
      expect(hidden.h).toBe(1);
      const fixed = s.prepare("select m.kind k, m.places_key pk, c.before b from amounts m join articles a on a.id = m.article_id join corrections c on c.fact_id = m.id and c.fact_type = 'amount' where a.file like '521%'").get() as { k: string; pk: string; b: string };
      expect(fixed).toEqual({ k: "credit", pk: "kahak", b: JSON.stringify({ kind: "cost" }) });
      const places = s.prepare("select group_concat(ap.place_slug) s from amounts m join articles a on a.id = m.article_id join amount_places ap on ap.amount_id = m.id where a.file like '413%' and m.value_rial = 3800000000000").get() as { s: string };
      expect(places.s.split(",").sort()).toEqual(["region-1", "region-4", "region-5"]);
    } finally {
      s.close();
    }
  });

  it("pages a search: the first page's one-pass total is the works' count, pages follow on, a page past the end is the last", async () => {
    process.env.DB_FILE = file;
    const { countProjectFacets, listProjects } = await import("../../db/queries/projects");
    const { PROJECT_DEFAULTS } = await import("../../lib/url-state");
    for (const q of ["بوستان", "ستا", "ان"]) {
      const [p1, p2, last] = [1, 2, 999].map((page) => listProjects({ ...PROJECT_DEFAULTS, q, page }));
      if (!p1 || !p2 || !last) throw new Error("pages");
      expect([q, p1.rows.length, p1.total > 20]).toEqual([q, 20, true]);
      expect([p2.total, last.total, p2.page, last.page]).toEqual([p1.total, p1.total, 2, p1.pages]);
      const first = new Set(p1.rows.map((r) => r.id));
      expect(p2.rows.filter((r) => first.has(r.id))).toEqual([]);
      expect(last.rows.length).toBe(p1.total - (p1.pages - 1) * 20);
      const f = countProjectFacets({ district: null, status: null, category: null, q });
      expect([q, [...f.status.values()].reduce((a, b) => a + b, 0)]).toEqual([q, p1.total]);
    }
    const none = listProjects({ ...PROJECT_DEFAULTS, q: "ناموجودترین" });
    expect([none.total, none.rows.length, none.page, none.pages]).toEqual([0, 0, 1, 1]);
  });

  it("refuses a search matching more names than SEARCH_MATCH_CAP: no rows, no counts; a narrower one is answered", async () => {
    process.env.DB_FILE = file;
    const { countProjectFacets, listProjects, searchTooBroad } = await import("../../db/queries/projects");
    const { PROJECT_DEFAULTS } = await import("../../lib/url-state");
    const before = listProjects({ ...PROJECT_DEFAULTS, q: "ان" });
    expect(before.tooBroad).toBe(false);
    process.env.SEARCH_MATCH_CAP = "40"; // «ان» (two letters: the scan) and «ستا» (three: the index) are in more names than that
    try {
      for (const q of ["ان", "ستا"]) {
        expect([q, searchTooBroad(q)]).toEqual([q, true]);
        const refused = listProjects({ ...PROJECT_DEFAULTS, q, district: "region-3" });
        expect([refused.tooBroad, refused.rows, refused.total]).toEqual([true, [], 0]);
        const f = countProjectFacets({ district: null, status: null, category: null, q });
        expect([f.status.size, f.category.size, f.district.size]).toEqual([0, 0, 0]);
      }
      const khezr = listProjects({ ...PROJECT_DEFAULTS, q: "خضر" });
      expect([khezr.tooBroad, khezr.total > 0]).toEqual([false, true]);
    } finally {
      delete process.env.SEARCH_MATCH_CAP;
    }
    expect(listProjects({ ...PROJECT_DEFAULTS, q: "ان" }).total).toBe(before.total);
  });

  it("counts each place's projects as its list shows them, under every status and category filter", async () => {
    process.env.DB_FILE = file;
    const { countProjectFacets, listProjects } = await import("../../db/queries/projects");
    const { PROJECT_DEFAULTS } = await import("../../lib/url-state");
    const facets = countProjectFacets({ district: null, status: null, category: null, q: "" });
    expect(facets.district.size).toBeGreaterThan(8);
    const { PLACE_SLUGS } = await import("../../lib/districts");
    const { PROJECT_STATUSES, PROJECT_CATEGORIES } = await import("../../lib/extract/types");
    const total = (f: object) => listProjects({ ...PROJECT_DEFAULTS, ...f }).total;
    for (const slug of PLACE_SLUGS) expect([slug, total({ district: slug })]).toEqual([slug, facets.district.get(slug) ?? 0]);
    // under every status and category filter, and within every place (the per-place aggregates)
    for (const status of PROJECT_STATUSES) {
      const f = countProjectFacets({ district: null, status, category: null, q: "" });
      for (const slug of PLACE_SLUGS) expect([status, slug, total({ status, district: slug })]).toEqual([status, slug, f.district.get(slug) ?? 0]);
    }
    for (const category of PROJECT_CATEGORIES) {
      const f = countProjectFacets({ district: null, status: null, category, q: "" });
      for (const slug of PLACE_SLUGS) expect([category, slug, total({ category, district: slug })]).toEqual([category, slug, f.district.get(slug) ?? 0]);
    }
    for (const slug of ["region-6", "region-3", "city", "kahak", "niroogah"] as const) {
      const f = countProjectFacets({ district: slug, status: null, category: null, q: "" });
      for (const status of PROJECT_STATUSES) expect([slug, status, total({ district: slug, status })]).toEqual([slug, status, f.status.get(status) ?? 0]);
      for (const category of PROJECT_CATEGORIES) expect([slug, category, total({ district: slug, category })]).toEqual([slug, category, f.category.get(category) ?? 0]);
    }
    // under a search (the matched works grouped by status, category and places: lib/search-facets.ts)
    for (const q of ["بوستان", "تقاطع", "خیابان", "پل"]) {
      const all = countProjectFacets({ district: null, status: null, category: null, q });
      expect([q, [...all.district.values()].some((n) => n > 0)]).toEqual([q, true]);
      for (const slug of PLACE_SLUGS) expect([q, slug, total({ q, district: slug })]).toEqual([q, slug, all.district.get(slug) ?? 0]);
      for (const slug of ["region-6", "region-3", "city", "kahak"] as const) {
        const f = countProjectFacets({ district: slug, status: null, category: null, q });
        for (const status of PROJECT_STATUSES) expect([q, slug, status, total({ q, district: slug, status })]).toEqual([q, slug, status, f.status.get(status) ?? 0]);
        for (const category of PROJECT_CATEGORIES) expect([q, slug, category, total({ q, district: slug, category })]).toEqual([q, slug, category, f.category.get(category) ?? 0]);
      }
      for (const status of PROJECT_STATUSES) {
        const f = countProjectFacets({ district: null, status, category: null, q });
        for (const slug of PLACE_SLUGS) expect([q, status, slug, total({ q, status, district: slug })]).toEqual([q, status, slug, f.district.get(slug) ?? 0]);
      }
    }
  });

  it("is unchanged by a re-ingest of the same articles, and a database grown by ingest equals a fresh seed", () => {
    const before = grouping(file);
    const all = [...listArticleFiles(path.resolve("data/articles")).map(loadArticle), ...[]];
    const corpus = loadCorpus(CORPUS);
    if (!corpus.ok) throw new Error("corpus");
    const inputs = [...all.flatMap((l) => (l.ok ? [l.input] : [])), ...corpus.inputs];
    const w = openWritable(file);
    try {
      const run = ingestArticles(w, inputs, corrections);
      expect(run.outcomes.every((o) => o.status === "unchanged")).toBe(true);
    } finally {
      w.sqlite.close();
    }
    expect(grouping(file)).toEqual(before);
    // half now, half later: a new article can join a project that exists
    const grown = tmpDb();
    const g = openWritable(grown);
    try {
      const late = inputs.filter((i) => /^(213|415|505|222)_/.test(i.file));
      ingestArticles(g, inputs.filter((i) => !late.includes(i)), corrections);
      const khezr = (g.sqlite.prepare("select project_id p from project_mentions m join articles a on a.id = m.article_id where a.file like '212%' and m.name like '%خضر%'").get() as { p: number }).p;
      ingestArticles(g, late, corrections);
      const after = g.sqlite.prepare("select distinct m.project_id p from project_mentions m join articles a on a.id = m.article_id where (a.file like '212%' or a.file like '505%') and m.name like 'بوستان خضر%'").all() as { p: number }[];
      expect(after).toEqual([{ p: khezr }]); // the park kept its id when 213 and 505 joined it
    } finally {
      g.sqlite.close();
    }
    expect(grouping(grown)).toEqual(before);
  }, 120_000);
});
