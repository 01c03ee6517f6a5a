// npm run bench:scale → the app's queries on a synthetic database of 10,000 articles / ~100,000
// projects, built through the real seed code (scripts/seed-lib.ts seedDatabase → scripts/lib/pipeline.ts
// ingestArticles, one transaction). Prints seed time, database size, and p50/p95 of the /projects, district and chart
// queries. Goals: seed ≤ 20 s, p95 ≤ 50 ms. The article files go to bench-out/scale/articles.
// Env: BENCH_ARTICLES (10000), BENCH_RUNS (25 per query), BENCH_SCALE_REUSE=1 (keep an existing
// bench-out/scale/scale.db).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { percentile, table } from "./bench-lib/stats";
import { ROOT } from "./lib/server";
import { seedObjects, syntheticArticles } from "./bench-lib/synthetic-corpus";
import { seedDatabase } from "./seed-lib";
import { queryCases, type QueryCase } from "./bench-lib/scale-cases";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const MAX_MS_PER_CASE = 4000;
const OUT = path.join(ROOT, "bench-out/scale");
const DB = path.join(OUT, "scale.db");
const ARTICLES = path.join(OUT, "articles");

/** Writes the corpus as article files, then seeds exactly as `npm run seed` does (seedDatabase:
 * load + validate → ingestArticles in one transaction → whatever the seed does after → rename). */
function seed(): { ms: number; cpuMs: number; genMs: number } {
  const g0 = performance.now();
  const inputs = syntheticArticles(COUNT, seedObjects(path.join(ROOT, "data/articles")));
  fs.rmSync(ARTICLES, { recursive: true, force: true });
  fs.mkdirSync(ARTICLES, { recursive: true });
  for (const a of inputs) {
    fs.writeFileSync(path.join(ARTICLES, a.file), a.text);
    fs.writeFileSync(path.join(ARTICLES, a.file.replace(/\.txt$/, ".meta.json")), JSON.stringify(a.meta));
  }
  const genMs = performance.now() - g0;
  fs.rmSync(DB, { force: true });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const result = seedDatabase(ARTICLES, DB);
  if (!result.ok) throw new Error(`synthetic seed refused: ${result.errors.slice(0, 3).map((e) => `${e.file}: ${e.reason}`).join("; ")}`);
  const cpu = process.cpuUsage(c0);
  // CPU time as well as wall time: on a shared machine the wall time mostly measures the others.
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, genMs };
}

export interface Timing {
  name: string;
  p50: number;
  p95: number;
  runs: number;
  rows: string;
}

/** Runs each case (2 warm-up calls, then up to RUNS timed calls within MAX_MS_PER_CASE). */
function timeCases(cases: readonly QueryCase[]): Timing[] {
  return cases.map((c) => {
    let rows = "";
    for (let i = 0; i < 2; i += 1) rows = c.run();
    const times: number[] = [];
    const start = performance.now();
    while (times.length < RUNS && (times.length < 5 || performance.now() - start < MAX_MS_PER_CASE)) {
      const t0 = performance.now();
      c.run();
      times.push(performance.now() - t0);
    }
    return { name: c.name, p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length, rows };
  });
}

function counts(file: string): string {
  const db = new Database(file, { readonly: true });
  const n = (t: string) => (db.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n;
  const out = `${n("articles")} articles, ${n("projects")} projects, ${n("project_places")} project places, ${n("amounts")} amounts, ${n("place_mentions")} place mentions`;
  db.close();
  return out;
}

function printTimings(title: string, timings: readonly Timing[]): number {
  console.log(`\n${title}`);
  console.log(table(["query", "p50 ms", "p95 ms", "runs", "result"], timings.map((t) => [t.name, t.p50.toFixed(1), t.p95.toFixed(1), t.runs, t.rows])));
  const slow = timings.filter((t) => t.p95 > 50);
  console.log(slow.length ? `FAIL p95 > 50 ms: ${slow.map((t) => t.name).join(", ")}` : "PASS every p95 ≤ 50 ms");
  return slow.length;
}

async function main(): Promise<void> {
  console.log(`bench:scale — ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  if (process.env.BENCH_SCALE_REUSE === "1" && fs.existsSync(DB)) {
    console.log(`reusing ${path.relative(ROOT, DB)} (seed not timed)`);
  } else {
    const { ms, cpuMs, genMs } = seed();
    console.log(`seed: ${(ms / 1000).toFixed(1)} s wall, ${(cpuMs / 1000).toFixed(1)} s CPU (seedDatabase → ingestArticles, as npm run seed; + ${(genMs / 1000).toFixed(1)} s writing the ${COUNT} article files) — ${ms / 1000 <= 20 ? "PASS" : "FAIL"} (goal ≤ 20 s)`);
  }
  console.log(`database: ${(fs.statSync(DB).size / 1e6).toFixed(1)} MB — ${counts(DB)}`);

  process.env.DB_FILE = DB; // db/client.ts opens this file, read-only, as the app does
  printTimings("queries of db/queries/*.ts", timeCases(queryCases()));

}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
