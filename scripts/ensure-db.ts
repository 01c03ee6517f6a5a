// Seeds data/qom.db when it is absent (quick start and dev), and leaves an existing one alone; it
// says so when that database predates the corpus in CORPUS_DIR (then `npm run seed` loads it).
// It also writes the download copy of /data (db/publish.ts) when that is missing or older.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { dbFile } from "../db/paths";
import { publishedState, writePublishedCopy } from "../db/publish";
import { env } from "../lib/env";

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

if (!fs.existsSync(dbFile())) {
  void import("./seed");
} else {
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
