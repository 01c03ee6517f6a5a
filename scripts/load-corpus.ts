// Reads a corpus directory laid out like ../shared/dev-corpus: articles/*.txt beside SOURCES.tsv
// and gold/*.json. Each article is loaded as any article file (size, UTF-8; lib/extract decode)
// and its metadata comes from SOURCES.tsv and the gold `source` (lib/corpus-sources.ts). A bad
// file, row or gold file is refused with its name and reason.
import fs from "node:fs";
import path from "node:path";
import { mergeCorpusMeta, parseGoldSource, parseSourcesTsv, type GoldSource } from "../lib/corpus-sources";
import type { ArticleInput } from "../db/ingest";
import { listArticleFiles, loadArticle } from "./load-articles";

export type CorpusLoad = { ok: true; inputs: ArticleInput[] } | { ok: false; errors: { file: string; reason: string }[] };

export function loadCorpus(articlesDir: string): CorpusLoad {
  const root = path.dirname(articlesDir);
  const tsv = path.join(root, "SOURCES.tsv");
  const sources = fs.existsSync(tsv) ? parseSourcesTsv(fs.readFileSync(tsv, "utf8")) : { rows: new Map(), errors: [] };
  // Names as a reader can find them: the article's path for its row, SOURCES.tsv for its header.
  const errors = sources.errors.map((e) => ({ ...e, file: e.file === "SOURCES.tsv" ? tsv : path.join(articlesDir, e.file) }));
  const inputs: ArticleInput[] = [];
  for (const file of listArticleFiles(articlesDir)) {
    const loaded = loadArticle(file);
    if (!loaded.ok) {
      errors.push({ file: loaded.file, reason: loaded.reason });
      continue;
    }
    const goldFile = path.join(root, "gold", path.basename(file).replace(/\.txt$/i, ".json"));
    const gold = readGold(goldFile);
    if (gold && !gold.ok) {
      errors.push({ file: goldFile, reason: gold.reason });
      continue;
    }
    const row = sources.rows.get(loaded.input.file);
    inputs.push({ ...loaded.input, meta: mergeCorpusMeta(loaded.input.meta, row, gold?.value) });
  }
  return errors.length ? { ok: false, errors } : { ok: true, inputs };
}

function readGold(file: string): { ok: true; value: GoldSource } | { ok: false; reason: string } | null {
  return fs.existsSync(file) ? parseGoldSource(fs.readFileSync(file, "utf8")) : null;
}
