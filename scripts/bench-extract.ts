// npm run bench:extract → extractArticle over 10,000 synthetic articles recombined from the seed
// sentences (scripts/bench-lib/synthetic-corpus.ts, fixed seed, so every run sees the same corpus);
// prints articles/second.
import path from "node:path";
import { extractArticle } from "../lib/extract";
import { shuffledSeedTexts } from "./bench-lib/synthetic-corpus";
import { ROOT } from "./lib/server";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);

function main(): void {
  const docs = shuffledSeedTexts(path.join(ROOT, "data/articles"), COUNT);
  const chars = docs.reduce((a, d) => a + d.length, 0);
  for (const d of docs.slice(0, 200)) extractArticle(d); // warm up the JIT
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  let facts = 0;
  for (const d of docs) {
    const x = extractArticle(d);
    facts += x.amounts.length + x.projects.length + x.quantities.length;
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(`${docs.length} articles (${Math.round(chars / docs.length)} chars avg), ${facts} facts`);
  // On a shared machine the wall clock counts other processes' time too; CPU time is this one's.
  console.log(`${seconds.toFixed(2)} s wall → ${Math.round(docs.length / seconds)} articles/second`);
  console.log(`${cpuSeconds.toFixed(2)} s of CPU → ${Math.round(docs.length / cpuSeconds)} articles per CPU-second`);
}

main();
