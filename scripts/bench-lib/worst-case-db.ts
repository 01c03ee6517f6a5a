// The worst case the ingest limits allow, as a database: the seeds and the dev corpus (when
// present), then `articles` articles at the fact caps (scripts/lib/hostile-articles.ts
// worstCaseArticle: 300 amounts, 300 projects, 300 quantities, 600 place mentions each), written
// by the real seed and ingest code. 34 articles ≈ 10,000 figures: what docs/bounds.md caps pages at.
import fs from "node:fs";
import path from "node:path";
import { ingestArticles } from "../../db/ingest";
import { openWritable } from "../../db/writer";
import { worstCaseArticle } from "../lib/hostile-articles";
import { seedDatabase } from "../seed-lib";

export const WORST_CASE_ARTICLES = 34;

export function seedWorstCaseDb(target: string, opts: { articles?: number; corpusDir?: string | null } = {}): { ms: number; articles: number } {
  const t0 = performance.now();
  const root = path.resolve(import.meta.dirname, "../..");
  const corpus = opts.corpusDir === undefined ? path.resolve(root, "../shared/dev-corpus/articles") : opts.corpusDir;
  const seeded = seedDatabase(path.join(root, "data/articles"), target, corpus && fs.existsSync(corpus) ? corpus : null);
  if (!seeded.ok) throw new Error(`seed failed: ${seeded.errors.map((e) => `${e.file}: ${e.reason}`).join("; ")}`);
  const w = openWritable(target);
  try {
    const n = opts.articles ?? WORST_CASE_ARTICLES;
    ingestArticles(w, Array.from({ length: n }, (_, k) => worstCaseArticle(k)));
    w.sqlite.exec("ANALYZE");
  } finally {
    w.sqlite.close();
  }
  return { ms: performance.now() - t0, articles: seeded.articles + (opts.articles ?? WORST_CASE_ARTICLES) };
}
