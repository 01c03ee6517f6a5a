// The app's one connection, opened READ-ONLY: only scripts/seed.ts and scripts/ingest.ts write.
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import { dbFile } from "./paths";

export type Db = BetterSQLite3Database<typeof schema>;

const globalForDb = globalThis as unknown as { qomDb?: { file: string; db: Db } };

export function getDb(): Db {
  const file = dbFile();
  if (globalForDb.qomDb?.file === file) return globalForDb.qomDb.db;
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma("query_only = ON");
  const db = drizzle(sqlite, { schema });
  globalForDb.qomDb = { file, db };
  return db;
}
