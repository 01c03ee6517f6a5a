// Seeds data/qom.db when it is absent (quick start and dev), and leaves an existing one alone; it
// says so when that database predates the corpus in CORPUS_DIR (then `npm run seed` loads it).
// An existing database made before a schema change is migrated, and its projects and per-place
// aggregates rebuilt from its facts (as every ingest does), so the app never reads an old schema.
// It also writes the download copy of /data (db/publish.ts) when that is missing or older.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dbFile } from "../db/paths";
import { refreshDerived } from "../db/ingest";
import { appliedMigrations } from "../db/migrations-state";
import { publishedState, writePublishedCopy } from "../db/publish";
import { openWritable } from "../db/writer";
import { env } from "../lib/env";
import { loadCorrections } from "./load-corrections";

function storedFiles(file: string): Set<string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return new Set((db.prepare("select file from articles").all() as { file: string }[]).map((r) => r.file));
  } catch {
    return new Set();
  } finally {
    db.close();
  }
}

const applied = (file: string): number => appliedMigrations(file) ?? 0;

/** Applies pending migrations; after a schema change, rebuilds the works and aggregates in one transaction. */
function migrateExisting(file: string): void {
  const before = applied(file);
  const w = openWritable(file);
  try {
    if (applied(file) === before) return;
    const fixes = loadCorrections();
    // the works and every per-place aggregate (a new aggregate table starts empty)
    const report = w.sqlite.transaction(() => refreshDerived(w, fixes.ok ? fixes.entries : []))();
    console.log(`database migrated: ${file} (${report.projects} projects rebuilt from its mentions)`);
  } finally {
    w.sqlite.close();
  }
}

if (!fs.existsSync(dbFile())) {
  void import("./seed");
} else {
  migrateExisting(dbFile());
  const corpus = path.resolve(process.cwd(), env().CORPUS_DIR);
  const stored = fs.existsSync(corpus) ? storedFiles(dbFile()) : new Set<string>();
  const missing = fs.existsSync(corpus) ? fs.readdirSync(corpus).filter((f) => f.endsWith(".txt") && !stored.has(f)).length : 0;
  console.log(`database present: ${dbFile()}${missing ? ` (${missing} articles of ${env().CORPUS_DIR} are not in it: run npm run seed to load them)` : ""}`);
  const published = publishedState(dbFile());
  if (!published.ok) {
    writePublishedCopy(dbFile()); // a database seeded before /data existed has no download copy
    console.log(`wrote the download copy of /data (it was ${published.reason})`);
  }
}
