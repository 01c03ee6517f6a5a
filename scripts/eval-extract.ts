// npm run eval:extract → scores lib/extract against the hand annotations and prints a table.
// GOLD_DIR overrides the gold directory (default ../shared/gold beside the project root).
import { readFileSync } from "node:fs";
import path from "node:path";
import { extractArticle } from "../lib/extract";
import { EMPTY_SCORE, addScores, f1, loadGold, ratio, scoreArticle, type Score } from "../lib/extract/evaluate";

const ROOT = path.resolve(__dirname, "..");
const GOLD_DIR = path.resolve(ROOT, process.env.GOLD_DIR ?? "../shared/gold");
const ARTICLES = path.join(ROOT, "data/articles");

const pct = (x: number) => x.toFixed(2);

function row(id: string, s: Score): string[] {
  const ap = ratio(s.amounts.matched, s.amounts.pred);
  const ar = ratio(s.amounts.matched, s.amounts.gold);
  return [
    id, `${s.amounts.matched}/${s.amounts.gold} (${s.amounts.pred})`, pct(ap), pct(ar), pct(f1(ap, ar)),
    pct(ratio(s.amounts.kindAgree, s.amounts.matched)), pct(ratio(s.amounts.districtAgree, s.amounts.matched)),
    `${s.projects.found}/${s.projects.gold} (${s.projects.pred})`, pct(ratio(s.projects.found, s.projects.gold)),
    pct(ratio(s.quantities.matched, s.quantities.pred)), pct(ratio(s.quantities.matched, s.quantities.gold)),
  ];
}

function main(): void {
  const gold = loadGold(GOLD_DIR);
  const header = ["article", "amounts", "amt P", "amt R", "amt F1", "kind", "distr", "projects", "proj R", "qty P", "qty R"];
  const rows: string[][] = [];
  let total = EMPTY_SCORE;
  for (const [id, g] of gold) {
    const text = readFileSync(path.join(ARTICLES, `${id}.txt`), "utf8");
    const s = scoreArticle(g, extractArticle(text));
    rows.push(row(id.slice(0, 3), s));
    total = addScores(total, s);
  }
  rows.push(row("ALL", total));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  console.log(`gold: ${GOLD_DIR}`);
  console.log(line(header));
  for (const r of rows) console.log(line(r));
}

main();
