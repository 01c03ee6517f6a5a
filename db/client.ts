// The app's one connection, opened READ-ONLY: only scripts/seed.ts and scripts/ingest.ts write.
import fs from "node:fs";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import { dbFile } from "./paths";

export type Db = BetterSQLite3Database<typeof schema>;

const globalForDb = globalThis as unknown as { qomDb?: { file: string; ino: number; db: Db; close: () => void } };

/**
 * A writer killed mid-transaction leaves a "hot" journal that a read-only handle cannot roll back
 * (every query would fail with SQLITE_READONLY_ROLLBACK). When a journal file exists, a short-lived
 * read-write handle reads once, which makes SQLite restore the last committed state if the
 * journal is hot, and does nothing if a live writer still owns it.
 */
function recoverHotJournal(file: string): void {
  if (!fs.existsSync(`${file}-journal`)) return;
  const rw = new Database(file, { fileMustExist: true, timeout: 2000 });
  try {
    rw.prepare("select count(*) from sqlite_master").get();
  } finally {
    rw.close();
  }
}

export function getDb(): Db {
  const file = dbFile();
  recoverHotJournal(file);
  // A re-seed renames a NEW file over data/qom.db: reopen when the inode changes, or a running
  // server keeps reading the old (unlinked) file until it is restarted.
  const ino = fs.statSync(file).ino;
  const cur = globalForDb.qomDb;
  if (cur?.file === file && cur.ino === ino) return cur.db;
  cur?.close();
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("query_only = ON");
  const db = drizzle(sqlite, { schema });
  globalForDb.qomDb = { file, ino, db, close: () => sqlite.close() };
  return db;
}
