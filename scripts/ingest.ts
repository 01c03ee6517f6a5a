// Adds articles to the existing database: `npm run ingest -- FILE...`. Every file is read and
// checked first; if any is refused, nothing is written. The rest runs in one transaction, and an
// article whose text is already stored (same sha256) is a no-op.
import fs from "node:fs";
import path from "node:path";
import { IngestError } from "../db/ingest";
import { ingestArticles } from "./lib/pipeline";
import { dbFile } from "../db/paths";
import { writePublishedCopy } from "../db/publish";
import { openWritable } from "../db/writer";
import { loadArticle } from "./load-articles";
import { correctionLines, loadCorrections } from "./load-corrections";

function main(files: string[]): number {
  if (files.length === 0) {
    console.error("usage: npm run ingest -- FILE.txt [FILE.txt ...]");
    return 2;
  }
  const loaded = files.map(loadArticle);
  const refused = loaded.filter((l) => !l.ok);
  for (const r of refused) if (!r.ok) console.error(`refused: ${r.file}: ${r.reason}`);
  if (refused.length) {
    console.error(`nothing ingested: ${refused.length} of ${files.length} file(s) refused`);
    return 1;
  }
  const fixes = loadCorrections();
  if (!fixes.ok) {
    console.error(`refused: ${fixes.file}: ${fixes.reason}; nothing ingested`);
    return 1;
  }
  const target = dbFile();
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const w = openWritable(target);
  try {
    const { outcomes, identity } = ingestArticles(w, loaded.flatMap((l) => (l.ok ? [l.input] : [])), fixes.entries);
    for (const o of outcomes) {
      console.log(o.status === "added" ? `added: ${o.file} (article ${o.articleId}, ${o.facts} facts)` : `unchanged: ${o.file} (already stored as article ${o.articleId})`);
    }
    console.log(`projects: ${identity.projects} (identity recomputed over every mention)`);
    for (const line of correctionLines(fixes.file, fixes.entries.length, identity)) console.log(line);
    writePublishedCopy(target); // the download of /data follows the database
    return 0;
  } catch (err) {
    if (err instanceof IngestError) {
      console.error(`refused: ${err.message}; nothing ingested`);
      return 1;
    }
    throw err;
  } finally {
    w.sqlite.close();
  }
}

process.exitCode = main(process.argv.slice(2));
