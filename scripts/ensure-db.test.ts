// `npm run db:ensure` on a database made before the latest schema change, as `npm run serve` meets
// one after a pull: it is migrated, and the tables a migration adds empty (here place_facets, which
// the /projects facets read) are rebuilt from the facts, not left empty.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";

const TSX = path.resolve("node_modules/.bin/tsx");

it("migrates an older database and fills the aggregates the new schema adds", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-ensure-"));
  const db = path.join(dir, "old.db");
  const env = { ...process.env, DB_FILE: db, CORPUS_DIR: path.join(dir, "no-corpus") };
  expect(spawnSync(TSX, ["scripts/seed.ts"], { env, encoding: "utf8" }).status).toBe(0);
  const read = (file: string, query: string) => {
    const s = new Database(file, { readonly: true });
    try {
      return s.prepare(query).all();
    } finally {
      s.close();
    }
  };
  const facets = (file: string) => read(file, "select slug, status, category, projects from place_facets order by 1, 2, 3");
  const placesKeys = (file: string) => read(file, "select id, places_key from projects order by id");
  const fresh = facets(db);
  const freshKeys = placesKeys(db);
  expect(fresh.length).toBeGreaterThan(3);
  expect(freshKeys.some((r) => (r as { places_key: string }).places_key !== "")).toBe(true);
  // Back to the schema before migration 0006: 0007 (projects.places_key) and 0006 (place_facets,
  // two indexes) undone, and their two records gone.
  const s = new Database(db);
  s.exec("drop index projects_hidden_of_idx; alter table projects drop column places_key");
  s.exec("drop table place_facets; drop index project_mentions_project_of_idx");
  s.exec("delete from __drizzle_migrations where created_at in (select created_at from __drizzle_migrations order by created_at desc limit 2)");
  s.close();
  const r = spawnSync(TSX, ["scripts/ensure-db.ts"], { env, encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain("database migrated");
  expect(facets(db)).toEqual(fresh);
  expect(placesKeys(db)).toEqual(freshKeys); // the identity pass that db:ensure runs wrote them again
  fs.rmSync(dir, { recursive: true, force: true });
});
