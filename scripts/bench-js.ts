// npm run bench:js → first-load JavaScript of every route after `next build` (Turbopack), gzip and
// brotli, from .next/diagnostics/route-bundle-stats.json (Next 16 no longer prints the column).
// Goal: ≤ 150 kB gzip on `/`. Env: BENCH_BUILD=1 rebuilds first.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { ensureBuilt } from "./bench-lib/prepare";
import { table } from "./bench-lib/stats";
import { ROOT } from "./lib/server";

const STATS = path.join(ROOT, ".next/diagnostics/route-bundle-stats.json");
const GOAL_KB = 150;

interface RouteStats {
  route: string;
  firstLoadUncompressedJsBytes: number;
  firstLoadChunkPaths: string[];
}

const sizes = new Map<string, { raw: number; gzip: number; brotli: number }>();
function chunkSize(rel: string) {
  const hit = sizes.get(rel);
  if (hit) return hit;
  const buf = fs.readFileSync(path.join(ROOT, rel));
  const s = {
    raw: buf.length,
    gzip: zlib.gzipSync(buf).length, // level 6: what Next's compression sends
    brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  sizes.set(rel, s);
  return s;
}

const kB = (n: number) => (n / 1000).toFixed(1);

function main(): void {
  ensureBuilt();
  if (!fs.existsSync(STATS)) throw new Error(`${STATS} missing: build with Turbopack (next build), not --webpack`);
  const routes = (JSON.parse(fs.readFileSync(STATS, "utf8")) as RouteStats[]).sort((a, b) => a.route.localeCompare(b.route));
  const rows = routes.map((r) => {
    const t = r.firstLoadChunkPaths.map(chunkSize).reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
    return { route: r.route, chunks: r.firstLoadChunkPaths.length, ...t };
  });
  console.log(`bench:js — first-load JS per route (kB = 1000 bytes), from ${path.relative(ROOT, STATS)}`);
  console.log(table(["route", "chunks", "raw kB", "gzip kB", "brotli kB"], rows.map((r) => [r.route, r.chunks, kB(r.raw), kB(r.gzip), kB(r.brotli)])));
  // Chunks in no route's first load are fetched on demand (recharts on /articles, the extractor of /extract).
  const firstLoad = new Set(routes.flatMap((r) => r.firstLoadChunkPaths));
  const dir = path.join(ROOT, ".next/static/chunks");
  const lazy = fs.readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => path.join(".next/static/chunks", f)).filter((p) => !firstLoad.has(p));
  const label = (p: string) => {
    const text = fs.readFileSync(path.join(ROOT, p), "utf8");
    if (text.includes("pasted.txt")) return "extractor (/extract, on first use)";
    return text.includes("recharts-bar-rectangle") ? "recharts (/articles' per-year chart, after load)" : "";
  };
  console.log("\nchunks loaded on demand (in no route's first load):");
  console.log(table(["chunk", "raw kB", "gzip kB", "what"], lazy.map((p) => [path.basename(p), kB(chunkSize(p).raw), kB(chunkSize(p).gzip), label(p)])));
  const home = routes.find((r) => r.route === "/");
  if (home) {
    console.log("\nchunks of / (largest first):");
    const chunks = home.firstLoadChunkPaths.map((p) => ({ p, ...chunkSize(p) })).sort((a, b) => b.gzip - a.gzip);
    console.log(table(["chunk", "raw kB", "gzip kB"], chunks.map((c) => [path.basename(c.p), kB(c.raw), kB(c.gzip)])));
    const gz = rows.find((r) => r.route === "/")?.gzip ?? 0;
    console.log(`${gz / 1000 <= GOAL_KB ? "PASS" : "FAIL"} / first-load JS ${kB(gz)} kB gzip (goal ≤ ${GOAL_KB} kB)`);
  }
}

main();
