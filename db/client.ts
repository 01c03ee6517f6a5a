// The app's one connection, opened READ-ONLY: only scripts/seed.ts and scripts/ingest.ts write.
import fs from "node:fs";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import { dbFile } from "./paths";

export type Db = BetterSQLite3Database<typeof schema>;

interface Open {
  file: string;
  ino: number;
  db: Db;
  checkedAt: number;
  close: () => void;
}

/** A re-seed renames a new file in; at most this often getDb() looks at the file's inode. */
export const REOPEN_CHECK_MS = 250;

const globalForDb = globalThis as unknown as { qomDb?: Open; qomDbRecoveries?: number };

/** How many times a read-write handle was opened to roll back a hot journal (for tests and docs). */
export function hotJournalRecoveries(): number {
  return globalForDb.qomDbRecoveries ?? 0;
}

/**
 * A writer killed mid-transaction leaves a "hot" journal that a read-only handle cannot roll back
 * (its queries fail with SQLITE_READONLY_ROLLBACK). A short-lived read-write handle reads once,
 * which makes SQLite restore the last committed state if the journal is hot and leaves a live
 * writer's journal alone. It runs at open when a journal exists, and when a query hits that error,
 * never per request: a journal that is not hot (a live writer's, or one with a zeroed header that
 * SQLite ignores) costs nothing.
 */
function recoverHotJournal(file: string): void {
  globalForDb.qomDbRecoveries = hotJournalRecoveries() + 1;
  const rw = new Database(file, { fileMustExist: true, timeout: 2000 });
  try {
    rw.prepare("select count(*) from sqlite_master").get();
  } finally {
    rw.close();
  }
}

const RETRIED = ["all", "get", "run"] as const; // what drizzle calls (raw() returns the statement itself)

/** Statements that recover from a hot journal once and try again, instead of failing the page. */
function retryAfterRecovery(sqlite: Database.Database, file: string): void {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const stmt = prepare(source);
    for (const name of RETRIED) {
      const run = (stmt[name] as (...a: unknown[]) => unknown).bind(stmt);
      // cast: better-sqlite3's Statement type has no index signature for patching a method in place
      (stmt as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
        try {
          return run(...args);
        } catch (err) {
          if ((err as { code?: string }).code !== "SQLITE_READONLY_ROLLBACK") throw err;
          recoverHotJournal(file);
          return run(...args);
        }
      };
    }
    return stmt;
  }) as typeof sqlite.prepare;
}

function open(file: string, ino: number, now: number): Open {
  if (fs.existsSync(`${file}-journal`)) recoverHotJournal(file);
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("query_only = ON");
  // A page cache that holds the pages /projects walks at 100,000 works (the default 2 MB re-read
  // them from the file at every query: 39 → 17 ms for a category's page, docs/performance.md §4).
  // It fills only as pages are read: the shipped database needs a few MB of it.
  sqlite.pragma("cache_size = -65536");
  retryAfterRecovery(sqlite, file);
  return { file, ino, db: drizzle(sqlite, { schema }), checkedAt: now, close: () => sqlite.close() };
}

export function getDb(): Db {
  const file = dbFile();
  const now = performance.now();
  const cur = globalForDb.qomDb;
  if (cur?.file === file && now - cur.checkedAt < REOPEN_CHECK_MS) return cur.db;
  // A re-seed renames a NEW file over data/qom.db: reopen when the inode changes, or a running
  // server keeps reading the old (unlinked) file until it is restarted.
  const ino = fs.statSync(file).ino;
  if (cur?.file === file && cur.ino === ino) {
    cur.checkedAt = now;
    return cur.db;
  }
  cur?.close();
  globalForDb.qomDb = open(file, ino, now);
  return globalForDb.qomDb.db;
}
