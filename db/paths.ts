// Where the database lives; one definition for the app, the scripts and the tests.
import path from "node:path";
import { env } from "../lib/env";

export function dbFile(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().DB_FILE);
}

export const MIGRATIONS_DIR = path.resolve(/*turbopackIgnore: true*/ process.cwd(), "drizzle");
