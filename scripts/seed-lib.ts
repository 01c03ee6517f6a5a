// The real seed code, importable by tests (which seed temporary databases with it).
import fs from "node:fs";
import path from "node:path";
import { IngestError, ingestArticles } from "../db/ingest";
import { openWritable } from "../db/writer";
import { listArticleFiles, loadArticle, type LoadResult } from "./load-articles";

export type SeedResult =
  | { ok: true; articles: number; facts: number }
  | { ok: false; errors: { file: string; reason: string }[] };

export function seedDatabase(articlesDir: string, target: string): SeedResult {
  const loaded = listArticleFiles(articlesDir).map(loadArticle);
  const errors = loaded.filter((l): l is Extract<LoadResult, { ok: false }> => !l.ok);
  if (errors.length) return { ok: false, errors: errors.map(({ file, reason }) => ({ file, reason })) };
  const tmp = `${target}.tmp-${process.pid}`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.rmSync(tmp, { force: true });
  const w = openWritable(tmp);
  try {
    const outcomes = ingestArticles(w, loaded.flatMap((l) => (l.ok ? [l.input] : [])));
    w.sqlite.exec("ANALYZE"); // planner statistics, so the read-only app picks the right indexes
    w.sqlite.close();
    fs.renameSync(tmp, target);
    return { ok: true, articles: outcomes.length, facts: outcomes.reduce((s, o) => s + o.facts, 0) };
  } catch (err) {
    w.sqlite.close();
    fs.rmSync(tmp, { force: true });
    if (err instanceof IngestError) return { ok: false, errors: [{ file: err.file, reason: err.reason }] };
    throw err;
  }
}
