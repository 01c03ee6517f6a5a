// The seed's bulk load (db/bulk.ts: indexes and the search index built once after the writes, a
// large page cache, the journal in memory) must give the database an ordinary ingest gives: the
// same schema, the same rows in every table, and a search index that agrees with its content.
// Seeds + dev corpus (../shared/dev-corpus, read at test time) + the committed corrections.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { openWritable } from "../../db/writer";
import { parseCorrections } from "../../lib/corrections";
import { listArticleFiles, loadArticle } from "../load-articles";
import { loadCorpus } from "../load-corpus";
import { ingestArticles } from "../lib/pipeline";
import { seedDatabase } from "../seed-lib";

const CORPUS = path.resolve("../shared/dev-corpus/articles");
const corrections = parseCorrections(fs.readFileSync("data/corrections.yaml", "utf8"));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-bulk-"));
const bulk = path.join(dir, "bulk.db");
const plain = path.join(dir, "plain.db");

beforeAll(() => {
  const seeded = seedDatabase(path.resolve("data/articles"), bulk, CORPUS, corrections);
  if (!seeded.ok) throw new Error(JSON.stringify(seeded.errors));
  const corpus = loadCorpus(CORPUS);
  if (!corpus.ok) throw new Error("corpus");
  const inputs = [...listArticleFiles(path.resolve("data/articles")).map(loadArticle).flatMap((l) => (l.ok ? [l.input] : [])), ...corpus.inputs];
  const w = openWritable(plain);
  try {
    ingestArticles(w, inputs, corrections); // the ordinary path: every index kept up to date row by row
  } finally {
    w.sqlite.close();
  }
}, 180_000);

function read<T>(file: string, f: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return f(db);
  } finally {
    db.close();
  }
}

const schema = (db: Database.Database) =>
  db.prepare("select type, name, tbl_name, sql from sqlite_master where name not like 'sqlite_stat%' order by type, name").all();
/** Base tables: the full-text index's own tables are compared through its queries below. */
const tables = (db: Database.Database) =>
  (db.prepare("select name from sqlite_master where type = 'table' and name not like 'mention_names%' and name not like 'sqlite_%' order by name").pluck().all() as string[]);

describe("the seed's bulk load", () => {
  it("ends with the schema of an ordinary ingest: every index and trigger back, as defined", () => {
    const a = read(bulk, schema);
    expect(a).toEqual(read(plain, schema));
    const names = (a as { type: string; name: string }[]).map((r) => `${r.type} ${r.name}`);
    expect(names).toContain("trigger mention_names_insert");
    expect(names).toContain("index projects_facets_idx");
    expect(names).toContain("index project_mentions_project_idx");
  });

  it("writes the same rows in every table as an ordinary ingest", () => {
    const names = read(bulk, tables);
    expect(names).toEqual(expect.arrayContaining(["projects", "project_mentions", "project_changes", "project_places", "place_facets", "amounts"]));
    for (const t of names) {
      const rows = (db: Database.Database) => db.prepare(`select * from "${t}" order by 1, 2`).all();
      const [a, b] = [read(bulk, rows), read(plain, rows)];
      expect([t, a.length]).toEqual([t, b.length]);
      expect(a).toEqual(b);
    }
  });

  it("leaves a search index that agrees with the names and finds what the ordinary one finds", () => {
    const w = new Database(bulk); // the check is an insert command, so it needs a writable handle; it writes nothing
    try {
      expect(() => w.prepare("insert into mention_names(mention_names) values ('integrity-check')").run()).not.toThrow();
    } finally {
      w.close();
    }
    const hits = (db: Database.Database) =>
      ["بوستان", "خضر", "تقاطع", "قطار"].map((q) => db.prepare("select rowid from mention_names where mention_names match ? order by rowid").pluck().all(`"${q}"`));
    const a = read(bulk, hits);
    expect(a.every((h) => h.length > 0)).toBe(true);
    expect(a).toEqual(read(plain, hits));
  });
});
