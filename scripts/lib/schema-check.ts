// Whether the database `npm start` is about to serve matches the code's schema: a database made
// before a migration makes every page fail on a missing table or column, so the server says why
// in one line and stops (npm run serve runs db:ensure first, which migrates it).
import fs from "node:fs";
import path from "node:path";
import { appliedMigrations } from "../../db/migrations-state";
import { MIGRATIONS_DIR } from "../../db/paths";

/** The migrations the code expects (drizzle/meta/_journal.json). */
export function expectedMigrations(dir = MIGRATIONS_DIR): number {
  const journal = JSON.parse(fs.readFileSync(path.join(dir, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

/** One line saying what is wrong with `file` for this code, or null when it can be served. */
export function schemaProblem(file: string, applied: number | null, expected: number): string | null {
  if (applied === null) return `database ${file} is missing or is not this dashboard's database: run npm run db:ensure (or npm run seed)`;
  if (applied < expected) return `database ${file} has ${applied} of the schema's ${expected} migrations: run npm run db:ensure to migrate it, then npm start`;
  return null;
}

export function checkServedDatabase(file: string): string | null {
  return schemaProblem(file, appliedMigrations(file), expectedMigrations());
}
