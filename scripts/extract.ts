// npm run --silent extract -- FILE...  → one JSON document on stdout (DESIGN.md "Extract CLI").
// Unreadable or non-text files are reported on stderr and make the exit code non-zero.
import { readFileSync } from "node:fs";
import { decodeArticle, extractArticle } from "../lib/extract";
import { contractArticle, type ContractArticle, type ContractDocument } from "../lib/extract-contract";

function extractFile(file: string): ContractArticle {
  const text = decodeArticle(new Uint8Array(readFileSync(file)), file);
  return contractArticle(file, extractArticle(text));
}

function main(files: string[]): number {
  const articles: ContractArticle[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      articles.push(extractFile(file));
    } catch (err) {
      failed++;
      const reason = err instanceof Error ? err.message : String(err);
      process.stderr.write(`${reason.startsWith(file) ? reason : `${file}: ${reason}`}\n`);
    }
  }
  const doc: ContractDocument = { articles };
  process.stdout.write(`${JSON.stringify(doc)}\n`);
  return failed > 0 || files.length === 0 ? 1 : 0;
}

if (process.argv.length <= 2) process.stderr.write("usage: npm run --silent extract -- FILE...\n");
process.exitCode = main(process.argv.slice(2));
