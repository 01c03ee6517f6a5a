// npm run bench:lighthouse → Lighthouse 12 (mobile preset: simulated slow 4G, 4× CPU slowdown) on
// four pages of the production server; prints the four scores of each and every audit that failed.
// Debian Chromium through chrome-launcher (CHROME_PATH). Full JSON reports: bench-out/lighthouse/.
// Env: LH_SERVER=next|cached (next), LH_RUNS (1; the median score is kept), BENCH_PORT (3520).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureBuilt } from "./bench-lib/prepare";
import { median, table } from "./bench-lib/stats";
import { BASE_ENV, BIN, PROD_ENV, ROOT, startProc, waitForOk } from "./lib/server";

const PORT = Number(process.env.BENCH_PORT ?? 3520);
const RUNS = Number(process.env.LH_RUNS ?? 1);
const SERVER = process.env.LH_SERVER === "cached" ? "cached" : "next";
const PAGES = ["/", "/projects", "/charts/spending", "/map"] as const;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const OUT = path.join(ROOT, "bench-out/lighthouse");
const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu";

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  details?: { items?: Record<string, unknown>[] };
}
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

function runLighthouse(url: string, file: string): Report {
  const args = [url, "--output=json", `--output-path=${file}`, "--quiet", `--chrome-flags=${CHROME_FLAGS}`, "--form-factor=mobile", `--only-categories=${CATEGORIES.join(",")}`];
  // Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART): up to 3 attempts.
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    fs.rmSync(file, { force: true });
    const r = spawnSync(BIN("lighthouse"), args, { cwd: ROOT, env: { ...BASE_ENV, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, stdio: ["ignore", "inherit", "inherit"], timeout: 180_000 });
    if (r.status === 0 && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Report;
    console.error(`lighthouse ${url}: attempt ${attempt} failed (${r.status ?? r.signal})`);
  }
  throw new Error(`lighthouse ${url} failed 3 times`);
}

function itemText(it: Record<string, unknown>): string {
  const node = it.node as { snippet?: string } | undefined;
  const source = (it.sourceLocation ?? it.source) as { url?: string } | undefined;
  const text = node?.snippet ?? (typeof it.url === "string" ? it.url : undefined) ?? source?.url ?? (typeof it.description === "string" ? it.description : undefined);
  return (text ?? JSON.stringify(it)).slice(0, 200);
}

/** Failed scored audits (with up to 4 offending items), and the performance diagnostics below 0.5. */
function failures(report: Report): string[] {
  const out: string[] = [];
  const perf: string[] = [];
  for (const c of CATEGORIES) {
    for (const ref of report.categories[c]?.auditRefs ?? []) {
      const a = report.audits[ref.id];
      if (!a || a.score === null || a.score >= 1 || a.scoreDisplayMode === "informative" || a.scoreDisplayMode === "notApplicable") continue;
      if (c === "performance") {
        if (ref.weight === 0 && a.score < 0.5) perf.push(`${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
        continue;
      }
      const items = (a.details?.items ?? []).slice(0, 4).map(itemText);
      out.push(`  [${c}] ${a.id}: ${a.title}${items.map((i) => `\n      ${i}`).join("")}`);
    }
  }
  if (perf.length) out.push(`  [performance] diagnostics: ${perf.join("; ")}`);
  return out;
}

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"] as const;

async function main(): Promise<void> {
  ensureBuilt();
  fs.mkdirSync(OUT, { recursive: true });
  const env = PROD_ENV;
  const server =
    SERVER === "cached"
      ? startProc(BIN("tsx"), ["scripts/cached-server.ts"], { env: { ...env, PORT: String(PORT), HOST: "127.0.0.1" } })
      : startProc(BIN("next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], { env });
  try {
    await waitForOk(`http://127.0.0.1:${PORT}/`, 60_000, server);
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    for (const [i, page] of PAGES.entries()) {
      const reports = Array.from({ length: RUNS }, (_, run) => runLighthouse(`http://127.0.0.1:${PORT}${page}`, path.join(OUT, `page-${i}-run-${run}.json`)));
      const score = (c: string) => median(reports.map((r) => Math.round((r.categories[c]?.score ?? 0) * 100)));
      const last = reports[reports.length - 1]!;
      const metrics = METRICS.map((m) => last.audits[m]?.displayValue ?? "–").join(" / ");
      rows.push([page, ...CATEGORIES.map(score), metrics]);
      notes.push(`${page}:`, ...failures(last));
    }
    console.log(`bench:lighthouse — Lighthouse 12.8.2, mobile preset, ${SERVER === "cached" ? "scripts/cached-server.ts" : "next start"}, median of ${RUNS} run(s)`);
    console.log(table(["page", "performance", "accessibility", "best practices", "SEO", "FCP / LCP / TBT / CLS / SI"], rows));
    console.log("\nfailed audits (last run):");
    console.log(notes.join("\n"));
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
