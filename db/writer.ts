// Writable connections for the scripts (seed, ingest) and tests. The app never imports this.
// Rollback journal, not WAL: the app opens the file read-only, which WAL would complicate.
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";
import { MIGRATIONS_DIR } from "./paths";

export type WriteDb = ReturnType<typeof openWritable>;

export function openWritable(file: string) {
  const sqlite = new Database(file);
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  return { sqlite, db };
}
