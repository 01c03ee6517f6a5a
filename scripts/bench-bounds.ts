// `npm run bench:bounds`: every route of scripts/lib/page-caps.ts, its size and first-render time on
// three databases built by the real seed code: today (seeds + dev corpus), 10× (plus synthetic
// articles up to ten times as many) and the worst case the ingest limits allow
// (scripts/bench-lib/worst-case-db.ts: ≈ 10,000 figures and projects). Run `npm run build` first.
// Fails (exit 1) when a route is over its cap. Databases go to bench-out/bounds (BENCH_BOUNDS_REUSE=1
// keeps them). Env: PORT (3400).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { ingestArticles } from "./lib/pipeline";
import { openWritable } from "../db/writer";
import { table } from "./bench-lib/stats";
import { seedObjects, syntheticArticles } from "./bench-lib/synthetic-corpus";
import { seedWorstCaseDb } from "./bench-lib/worst-case-db";
import { capPath, PAGE_CAPS } from "./lib/page-caps";
import { ROOT, startServer } from "./lib/server";
import { seedDatabase } from "./seed-lib";

const OUT = path.join(ROOT, "bench-out/bounds");
const CORPUS = path.resolve(ROOT, "../shared/dev-corpus/articles");
const REUSE = process.env.BENCH_BOUNDS_REUSE === "1";

interface Db { name: string; file: string; article: number; project: number }

function first(file: string, sqlText: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(sqlText).get() as { id: number }).id;
  } finally {
    db.close();
  }
}

function today(file: string): void {
  const r = seedDatabase(path.join(ROOT, "data/articles"), file, fs.existsSync(CORPUS) ? CORPUS : null);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
}

function tenfold(file: string): void {
  today(file);
  const w = openWritable(file);
  try {
    const have = (w.sqlite.prepare("select count(*) as n from articles").get() as { n: number }).n;
    ingestArticles(w, syntheticArticles(have * 9, seedObjects(path.join(ROOT, "data/articles"))));
    w.sqlite.exec("ANALYZE");
  } finally {
    w.sqlite.close();
  }
}

function build(name: string, make: (file: string) => void): string {
  const file = path.join(OUT, `${name}.db`);
  if (REUSE && fs.existsSync(file)) return file;
  const t0 = performance.now();
  make(file);
  console.log(`built ${path.relative(ROOT, file)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  return file;
}

async function measure(db: Db): Promise<Map<string, { bytes: number; ms: number; status: number }>> {
  const server = await startServer({ dbFile: db.file, server: "cached" });
  const out = new Map<string, { bytes: number; ms: number; status: number }>();
  try {
    for (const route of PAGE_CAPS) {
      const t0 = performance.now();
      const res = await fetch(server.url + capPath(route, db), { signal: AbortSignal.timeout(60_000) });
      const bytes = (await res.arrayBuffer()).byteLength;
      out.set(route.path, { bytes, ms: performance.now() - t0, status: res.status });
    }
  } finally {
    await server.stop();
  }
  return out;
}

async function main(): Promise<number> {
  console.log(`bench:bounds — ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  fs.mkdirSync(OUT, { recursive: true });
  const worstFile = path.join(OUT, "worst.db");
  const worstIds = REUSE && fs.existsSync(worstFile) ? null : seedWorstCaseDb(worstFile);
  if (worstIds) console.log(`built ${path.relative(ROOT, worstFile)} in ${(worstIds.ms / 1000).toFixed(1)} s`);
  const largest = worstIds?.largestArticleId ?? first(worstFile, "select id from articles where file = 'worst-case-0.txt'");
  const dbs: Db[] = [
    { name: "today", file: build("today", today), article: 1, project: 1 },
    { name: "10×", file: build("tenfold", tenfold), article: 1, project: 1 },
    { name: "worst case", file: worstFile, article: largest, project: first(worstFile, `select min(project_id) as id from project_mentions where article_id = ${largest}`) },
  ];
  const counts = (f: string) => ["articles", "amounts", "projects"].map((t) => `${first(f, `select count(*) as id from ${t}`)} ${t}`).join(", ");
  for (const db of dbs) console.log(`${db.name}: ${counts(db.file)}`);
  const results: Awaited<ReturnType<typeof measure>>[] = [];
  for (const db of dbs) results.push(await measure(db));
  const kb = (n: number) => (n / 1024).toFixed(0);
  const over: string[] = [];
  const rows = PAGE_CAPS.map((r) => {
    const cells = results.map((m) => m.get(r.path)!);
    cells.forEach((c, i) => {
      if (c.status !== 200) over.push(`${r.path} on ${dbs[i]!.name}: status ${c.status}`);
      if (c.bytes > r.capKb * 1024) over.push(`${r.path} on ${dbs[i]!.name}: ${kb(c.bytes)} kB > ${r.capKb} kB`);
    });
    return [r.path, r.reads, r.capKb, ...cells.map((c) => kb(c.bytes)), cells[2]!.ms.toFixed(0)];
  });
  console.log(`\n${table(["route", "reads", "cap kB", ...dbs.map((d) => `${d.name} kB`), "worst first render ms"], rows)}`);
  if (over.length) {
    console.error(`\nFAIL:\n  ${over.join("\n  ")}`);
    return 1;
  }
  console.log("\nPASS: every route under its cap on every database");
  return 0;
}

main().then((code) => (process.exitCode = code), (err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
