// The app's read-only connection on real temporary databases (seeded by the real seed code).
import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb, hotJournalRecoveries, REOPEN_CHECK_MS } from "../../db/client";
import { articles } from "../../db/schema";
import { seedTempDb } from "../lib/test-db";

const articleCount = () => getDb().select({ n: count() }).from(articles).get()?.n;
const saved = process.env.DB_FILE;
afterEach(() => {
  process.env.DB_FILE = saved;
});

describe("db/client getDb()", () => {
  it("ignores a journal that is not hot: no read-write handle per call", () => {
    const db = seedTempDb();
    // A leftover journal whose header was never written: SQLite treats it as not hot and keeps it.
    fs.writeFileSync(`${db}-journal`, Buffer.alloc(4096));
    process.env.DB_FILE = db;
    const before = hotJournalRecoveries();
    expect(articleCount()).toBe(5);
    expect(hotJournalRecoveries()).toBe(before + 1); // looked once, at open
    for (let i = 0; i < 5000; i++) expect(articleCount()).toBe(5);
    expect(hotJournalRecoveries()).toBe(before + 1);
    expect(fs.existsSync(`${db}-journal`)).toBe(true);
  });

  it("follows a re-seed that renames a new file over the old one", async () => {
    const db = seedTempDb();
    process.env.DB_FILE = db;
    expect(articleCount()).toBe(5);
    const smaller = path.join(fs.mkdtempSync(path.join(path.dirname(db), "two-")), "articles");
    fs.mkdirSync(smaller);
    for (const f of fs.readdirSync("data/articles").filter((f) => f.startsWith("000_") || f.startsWith("001_"))) {
      fs.copyFileSync(path.join("data/articles", f), path.join(smaller, f));
    }
    fs.renameSync(seedTempDb(smaller), db);
    await new Promise((r) => setTimeout(r, REOPEN_CHECK_MS + 50));
    expect(articleCount()).toBe(2);
  });
});
