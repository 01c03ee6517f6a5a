// npm run --silent extract -- FILE...  → one JSON document on stdout (DESIGN.md "Extract CLI").
// Unreadable or non-text files are reported on stderr and make the exit code non-zero.
import { readFileSync } from "node:fs";
import { decodeArticle, extractArticle } from "../lib/extract";

interface Row {
  file: string;
  amounts: object[];
  projects: object[];
  quantities: object[];
  places: string[];
}

function extractFile(file: string): Row {
  const text = decodeArticle(new Uint8Array(readFileSync(file)), file);
  const x = extractArticle(text);
  return {
    file,
    amounts: x.amounts.map(({ value_rial, unit_text, kind, districts, year, qualifier, quote, start, end }) => ({
      value_rial, unit_text, kind, districts, year, qualifier, quote, start, end,
    })),
    projects: x.projects.map(({ name, status, category, districts, quote, start, end }) => ({
      name, status, category, districts, quote, start, end,
    })),
    quantities: x.quantities.map(({ value, unit, districts, quote, start, end }) => ({ value, unit, districts, quote, start, end })),
    places: x.places,
  };
}

function main(files: string[]): number {
  const articles: Row[] = [];
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
  process.stdout.write(`${JSON.stringify({ articles })}\n`);
  return failed > 0 || files.length === 0 ? 1 : 0;
}

if (process.argv.length <= 2) process.stderr.write("usage: npm run --silent extract -- FILE...\n");
process.exitCode = main(process.argv.slice(2));
