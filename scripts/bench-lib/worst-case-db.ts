// The worst case the ingest limits allow, as a database: the seeds and the dev corpus (when
// present), then WORST_CASE_ARTICLES articles at the fact caps (scripts/lib/hostile-articles.ts
// worstCaseArticle: 300 amounts, 300 projects, 300 quantities, 600 place mentions each; the first
// also padded to the 200 kB size limit), written by the real seed and ingest code. 34 articles ≈
// 10,000 figures and projects: the corpus behind every page's cap (docs/bounds.md).
import fs from "node:fs";
import path from "node:path";
import { ingestArticles } from "../lib/pipeline";
import { openWritable } from "../../db/writer";
import { MAX_ARTICLE_BYTES } from "../../lib/article-guard";
import { BIDI_DISPLAY_ARTICLE, BIDI_RAW_LABELS, worstCaseArticle } from "../lib/hostile-articles";
import { seedDatabase } from "../seed-lib";
import { ROOT } from "../lib/server";

const WORST_CASE_ARTICLES = 34;

export interface WorstCaseDb {
  ms: number;
  articles: number;
  /** The article at the fact caps and the size limit. */
  largestArticleId: number;
  /** BIDI_DISPLAY_ARTICLE and its project, when asked for. */
  bidi: { articleId: number; projectId: number } | null;
}

export function seedWorstCaseDb(target: string, opts: { articles?: number; corpusDir?: string | null; bidi?: boolean } = {}): WorstCaseDb {
  const t0 = performance.now();
  const root = ROOT;
  const corpus = opts.corpusDir === undefined ? path.resolve(root, "../shared/dev-corpus/articles") : opts.corpusDir;
  const seeded = seedDatabase(path.join(root, "data/articles"), target, corpus && fs.existsSync(corpus) ? corpus : null);
  if (!seeded.ok) throw new Error(`seed failed: ${seeded.errors.map((e) => `${e.file}: ${e.reason}`).join("; ")}`);
  const n = opts.articles ?? WORST_CASE_ARTICLES;
  const inputs = Array.from({ length: n }, (_, k) => worstCaseArticle(k, 300, k === 0 ? MAX_ARTICLE_BYTES : 0));
  const w = openWritable(target);
  try {
    const { outcomes } = ingestArticles(w, opts.bidi ? [...inputs, BIDI_DISPLAY_ARTICLE] : inputs);
    let bidi: WorstCaseDb["bidi"] = null;
    if (opts.bidi) {
      const articleId = outcomes[outcomes.length - 1]!.articleId;
      // As a database written before ingest removed direction controls from titles and outlets.
      w.sqlite.prepare("update articles set title = ?, outlet = ? where id = ?").run(BIDI_RAW_LABELS.title, BIDI_RAW_LABELS.outlet, articleId);
      const project = w.sqlite.prepare("select project_id as id from project_mentions where article_id = ? order by start").get(articleId) as { id: number } | undefined;
      if (!project) throw new Error("the bidi article gave no project: the extractor changed; adjust BIDI_DISPLAY_ARTICLE");
      bidi = { articleId, projectId: project.id };
    }
    w.sqlite.exec("ANALYZE");
    return { ms: performance.now() - t0, articles: seeded.articles + outcomes.length, largestArticleId: outcomes[0]!.articleId, bidi };
  } finally {
    w.sqlite.close();
  }
}
