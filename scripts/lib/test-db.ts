// Test helper: a temporary database built by the REAL seed code from data/articles, used by the
// db/ and scripts/ tests (no mocks of our own database).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { seedDatabase } from "../seed-lib";

export function seedTempDb(articlesDir = path.resolve(process.cwd(), "data/articles")): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-db-"));
  const file = path.join(dir, "test.db");
  const result = seedDatabase(articlesDir, file);
  if (!result.ok) throw new Error(`seed failed: ${JSON.stringify(result.errors)}`);
  return file;
}
