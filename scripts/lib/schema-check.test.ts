// The server's schema check on real files: a seeded database, one taken back a migration, none.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { checkServedDatabase, expectedMigrations, schemaProblem } from "./schema-check";
import { seedTempDb } from "./test-db";

describe("the server's database check", () => {
  it("passes a freshly seeded database, whose migrations are the journal's", () => {
    const file = seedTempDb();
    expect(expectedMigrations()).toBeGreaterThanOrEqual(7);
    expect(checkServedDatabase(file)).toBeNull();
  });

  it("names an older database, how far behind it is, and the command that migrates it", () => {
    const file = seedTempDb();
    const db = new Database(file);
    db.exec("delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)");
    db.close();
    const n = expectedMigrations();
    expect(checkServedDatabase(file)).toBe(`database ${file} has ${n - 1} of the schema's ${n} migrations: run npm run db:ensure to migrate it, then npm start`);
  });

  it("names a missing file or one that is not ours", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-schema-"));
    expect(checkServedDatabase(path.join(dir, "none.db"))).toMatch(/is missing or is not this dashboard's database: run npm run db:ensure/);
    const other = path.join(dir, "other.db");
    new Database(other).exec("create table t (x)");
    expect(checkServedDatabase(other)).toMatch(/other\.db is missing or is not this dashboard's database/);
    expect(schemaProblem("x.db", 7, 7)).toBeNull();
  });
});
