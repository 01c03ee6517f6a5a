// Where the database lives; one definition for the app, the scripts and the tests.
import path from "node:path";

export function dbFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DB_FILE ?? "data/qom.db");
}

export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "drizzle");
