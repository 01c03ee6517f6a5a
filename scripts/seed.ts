// (Re)builds the database from data/articles in one transaction. It writes a fresh file beside the
// target and renames it into place, so a failed seed leaves the previous database untouched.
import fs from "node:fs";
import path from "node:path";
import { dbFile } from "../db/paths";
import { seedDatabase } from "./seed-lib";

function main(): void {
  const target = dbFile();
  const dir = path.resolve(process.cwd(), process.env.ARTICLES_DIR ?? "data/articles");
  const started = performance.now();
  const result = seedDatabase(dir, target);
  if (!result.ok) {
    for (const e of result.errors) console.error(`refused: ${e.file}: ${e.reason}`);
    console.error(`seed failed; ${path.relative(process.cwd(), target)} left as it was`);
    process.exit(1);
  }
  const ms = Math.round(performance.now() - started);
  const size = fs.statSync(target).size;
  console.log(`seeded ${path.relative(process.cwd(), target)}: ${result.articles} articles, ${result.facts} facts, ${size} bytes in ${ms} ms`);
}

main();
