// npm run eval:extract → the one scorer everybody runs (../shared/tools/score_extract.py) on the
// seed articles and on the development corpus, each printing its misses and one summary line.
// TOOLS_DIR, GOLD_DIR and CORPUS_DIR override the default ../shared locations.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..");
const SHARED = path.resolve(ROOT, "../shared");
const SCORER = path.resolve(ROOT, process.env.TOOLS_DIR ?? path.join(SHARED, "tools"), "score_extract.py");
const CORPUS = path.resolve(ROOT, process.env.CORPUS_DIR ?? path.join(SHARED, "dev-corpus/articles"));
const SETS = [
  { name: "seeds", articles: path.join(ROOT, "data/articles"), gold: path.resolve(ROOT, process.env.GOLD_DIR ?? path.join(SHARED, "gold")) },
  { name: "dev corpus", articles: CORPUS, gold: path.join(path.dirname(CORPUS), "gold") },
];

function main(): number {
  if (!existsSync(SCORER)) {
    console.error(`eval:extract: scorer not found at ${SCORER} (set TOOLS_DIR)`);
    return 1;
  }
  const summaries: string[] = [];
  for (const set of SETS) {
    if (!existsSync(set.articles) || !existsSync(set.gold)) {
      console.error(`eval:extract: ${set.name}: ${existsSync(set.articles) ? set.gold : set.articles} not found`);
      return 1;
    }
    console.log(`\n== ${set.name}: ${path.relative(ROOT, set.articles)} against ${path.relative(ROOT, set.gold)}`);
    const run = spawnSync("python3", [SCORER, set.articles, set.gold], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    if (run.status !== 0) return run.status ?? 1;
    summaries.push(`${set.name.padEnd(10)} ${run.stdout.trim().split("\n").pop() ?? ""}`);
  }
  console.log(`\n${summaries.join("\n")}`);
  return 0;
}

process.exitCode = main();
