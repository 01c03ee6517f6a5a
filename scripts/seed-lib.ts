// The real seed code, importable by tests (which seed temporary databases with it).
import fs from "node:fs";
import path from "node:path";
import { IngestError, type ArticleInput } from "../db/ingest";
import { ingestArticles } from "./lib/pipeline";
import { publishedDbFile, writePublishedCopy } from "../db/publish";
import { tuneForBulkLoad } from "../db/bulk";
import { openWritable } from "../db/writer";
import type { CorrectionEntry } from "../lib/corrections";
import { listArticleFiles, loadArticle } from "./load-articles";
import { loadCorpus } from "./load-corpus";

export type SeedResult =
  | { ok: true; articles: number; facts: number; seeds: number; corpus: number; projects: number; stale: string[]; absent: number }
  | { ok: false; errors: { file: string; reason: string }[] };

/**
 * Builds `target` from the seed articles of `articlesDir` and, when `corpusDir` is given, the
 * corpus there (scripts/load-corpus.ts), applying the editor's `corrections`. Everything is read and checked before anything is
 * written; then ONE transaction fills a fresh file that is renamed over `target` only on success.
 */
export function seedDatabase(
  articlesDir: string, target: string, corpusDir: string | null = null, corrections: readonly CorrectionEntry[] = [],
): SeedResult {
  const errors: { file: string; reason: string }[] = [];
  const seeds: ArticleInput[] = [];
  for (const l of listArticleFiles(articlesDir).map(loadArticle)) {
    if (l.ok) seeds.push(l.input);
    else errors.push({ file: l.file, reason: l.reason });
  }
  const corpus = corpusDir ? loadCorpus(corpusDir) : { ok: true as const, inputs: [] };
  if (!corpus.ok) errors.push(...corpus.errors);
  if (errors.length || !corpus.ok) return { ok: false, errors };
  const tmp = `${target}.tmp-${process.pid}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(tmp, { force: true });
  const w = openWritable(tmp);
  tuneForBulkLoad(w);
  try {
    const { outcomes, identity } = ingestArticles(w, [...seeds, ...corpus.inputs], corrections, { bulk: true });
    w.sqlite.exec("ANALYZE"); // planner statistics, so the read-only app picks the right indexes
    w.sqlite.close();
    // The download copy first, then the database: the copy is never older than the file it describes.
    writePublishedCopy(tmp, publishedDbFile(target), { closed: true }); // closed above, renamed below
    fs.renameSync(tmp, target);
    const facts = outcomes.reduce((s, o) => s + o.facts, 0);
    return { ok: true, articles: outcomes.length, facts, seeds: seeds.length, corpus: corpus.inputs.length, projects: identity.projects, stale: identity.stale, absent: identity.absent };
  } catch (err) {
    w.sqlite.close();
    fs.rmSync(tmp, { force: true });
    if (err instanceof IngestError) return { ok: false, errors: [{ file: err.file, reason: err.reason }] };
    throw err;
  }
}
