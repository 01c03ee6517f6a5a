// Shared by playwright.config.ts and the specs: the public address the e2e server is given, and the
// dev corpus the e2e seed loads (CORPUS_DIR, default ../shared/dev-corpus/articles).
import fs from "node:fs";
import path from "node:path";
import { parseSourcesTsv } from "../lib/corpus-sources";

export const E2E_SITE_URL = "https://qom-dashboard.example";

export const CORPUS_DIR = path.resolve(process.env.CORPUS_DIR ?? "../shared/dev-corpus/articles");

/** SOURCES.tsv rows of the dev corpus (file → original URL), read as the seed reads them. */
export function corpusSources() {
  return parseSourcesTsv(fs.readFileSync(path.join(CORPUS_DIR, "..", "SOURCES.tsv"), "utf8")).rows;
}
