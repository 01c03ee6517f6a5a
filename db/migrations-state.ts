// How many of drizzle/'s migrations a database file has applied, read without writing to it: the
// server (scripts/cached-server.ts) refuses to serve a database older than the code's schema.
import fs from "node:fs";
import Database from "better-sqlite3";

/** Applied migrations of `file`, or null when there is no such file or it is not our database. */
export function appliedMigrations(file: string): number | null {
  if (!fs.existsSync(file)) return null;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("select count(*) n from __drizzle_migrations").get() as { n: number }).n;
  } catch {
    return null;
  } finally {
    db.close();
  }
}
