// /data's reads on a database built by the real seed code: the schema shape is the file's own,
// paging reads every row once, and the download copy is a sound database that follows writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { publishedDbFile, publishedState, writePublishedCopy } from "../../db/publish";
import { schemaShape } from "../../db/schema-shape";
import { seedTempDb } from "../lib/test-db";
import { countRows, getDatasetStamp, getMaxRowid, listRowsAfter, openPublishedCopy } from "../../db/queries/dataset";

let file: string;
beforeAll(() => {
  file = seedTempDb();
  process.env.DB_FILE = file;
});

const open = (f: string) => new Database(f, { readonly: true, fileMustExist: true });

describe("schemaShape", () => {
  it("is the shape of the seeded file: names, types, nullability and keys of every column", () => {
    const db = open(file);
    try {
      for (const t of schemaShape()) {
        const info = db.prepare(`pragma table_info(${JSON.stringify(t.name)})`).all() as { name: string; type: string; notnull: number; pk: number }[];
        // By name: a column added by a later migration comes last in the file, not where the schema lists it.
        const byName = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
        const want = info.map((i) => [i.name, i.type.toLowerCase(), i.notnull === 1, i.pk > 0]).sort(byName);
        expect(t.columns.map((c) => [c.name, c.sqlType, c.notNull, c.primaryKey]).sort(byName), t.name).toEqual(want);
      }
    } finally {
      db.close();
    }
  });
});

describe("paging a table", () => {
  it("reads every row exactly once, in rowid order, within the snapshot", () => {
    const amounts = schemaShape().find((t) => t.name === "amounts")!;
    const total = countRows(amounts);
    expect(total).toBeGreaterThan(3);
    const upTo = getMaxRowid(amounts);
    const ids: unknown[] = [];
    for (let after = 0, rows = listRowsAfter(amounts, 0, upTo, 2); rows.length; rows = listRowsAfter(amounts, after, upTo, 2)) {
      expect(rows.length).toBeLessThanOrEqual(2);
      ids.push(...rows.map((r) => r[0]));
      after = Number(rows[rows.length - 1]!.at(-1));
    }
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
    expect(listRowsAfter(amounts, 0, 3, 100)).toHaveLength(3);
    expect(countRows(amounts, 3)).toBe(3);
    const [first] = listRowsAfter(amounts, 0, upTo, 1);
    expect(first).toHaveLength(amounts.columns.length + 1); // the columns, then the rowid
  });
});

describe("the download copy", () => {
  it("is written by the seed, passes integrity_check and holds the same rows", () => {
    expect(publishedState(file).ok).toBe(true);
    const copy = open(publishedDbFile(file));
    try {
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      for (const t of schemaShape()) {
        const n = (copy.prepare(`select count(*) n from "${t.name}"`).get() as { n: number }).n;
        expect(n, t.name).toBe(countRows(t));
      }
    } finally {
      copy.close();
    }
    const opened = openPublishedCopy();
    expect(opened?.size).toBe(fs.statSync(publishedDbFile(file)).size);
    fs.closeSync(opened!.fd);
    expect(getDatasetStamp().seededAt).toBe(fs.statSync(file).mtime.toISOString());
  });

  it("is stale after a write to the database, and not served until it is written again", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-pub-"));
    const db = path.join(dir, "x.db");
    fs.copyFileSync(file, db);
    expect(publishedState(db)).toEqual({ ok: false, reason: "missing" });
    writePublishedCopy(db);
    expect(publishedState(db).ok).toBe(true);
    const w = new Database(db);
    w.prepare("update places set sort_order = sort_order").run();
    w.close();
    // The copy was made a minute before that write (mtime is the only clock the check reads).
    const before = new Date(fs.statSync(db).mtimeMs - 60_000);
    fs.utimesSync(publishedDbFile(db), before, before);
    expect(publishedState(db)).toEqual({ ok: false, reason: "stale" });
    writePublishedCopy(db);
    expect(publishedState(db).ok).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(["x.db", "x.published.db"]); // no temporary file left
  });
});
