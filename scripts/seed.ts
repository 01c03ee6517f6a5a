// (Re)builds the database from data/articles (ARTICLES_DIR) and, when it exists, the corpus in
// CORPUS_DIR (default ../shared/dev-corpus/articles; third-party text, read here, never committed),
// in one transaction. It writes a fresh file beside the target and renames it into place, so a
// failed seed leaves the previous database untouched.
import fs from "node:fs";
import path from "node:path";
import { dbFile } from "../db/paths";
import { env } from "../lib/env";
import { correctionLines, loadCorrections } from "./load-corrections";
import { seedDatabase } from "./seed-lib";

function main(): void {
  const root = process.cwd();
  const { ARTICLES_DIR, CORPUS_DIR } = env();
  const target = dbFile();
  const dir = path.resolve(root, ARTICLES_DIR);
  const corpus = path.resolve(root, CORPUS_DIR);
  const hasCorpus = fs.existsSync(corpus);
  if (!hasCorpus) console.log(`corpus: ${CORPUS_DIR} not found; seeding the seed articles of ${ARTICLES_DIR} only (set CORPUS_DIR to load a corpus)`);
  const started = performance.now();
  const fixes = loadCorrections();
  if (!fixes.ok) {
    console.error(`refused: ${path.relative(root, fixes.file)}: ${fixes.reason}`);
    console.error(`seed failed; ${path.relative(root, target)} left as it was`);
    process.exit(1);
  }
  const result = seedDatabase(dir, target, hasCorpus ? corpus : null, fixes.entries);
  if (!result.ok) {
    for (const e of result.errors) console.error(`refused: ${path.relative(root, e.file) || e.file}: ${e.reason}`);
    console.error(`seed failed; ${path.relative(root, target)} left as it was`);
    process.exit(1);
  }
  const ms = Math.round(performance.now() - started);
  const size = fs.statSync(target).size;
  const from = hasCorpus ? ` (${result.seeds} seeds + ${result.corpus} from ${CORPUS_DIR})` : "";
  console.log(`seeded ${path.relative(root, target)}: ${result.articles} articles${from}, ${result.facts} facts, ${result.projects} projects, ${size} bytes in ${ms} ms`);
  for (const line of correctionLines(fixes.file, fixes.entries.length, result)) console.log(line);
}

main();
