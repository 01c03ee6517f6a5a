// npm run bench:http → serving speed of three pages against a static-file baseline, side by side.
// Starts `next start` and scripts/cached-server.ts on the built app and its seeded database, saves
// each page's HTML, serves those same bytes from a bare static server (the physical limit), then
// runs autocannon (50 connections, fixed duration) on each page × server in rotating order.
// Env: BENCH_SECONDS (10), BENCH_ROUNDS (2), BENCH_CONNECTIONS (50), BENCH_PORT (3510, uses +0..+2).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runAutocannon, type LoadResult } from "./bench-lib/autocannon";
import { ensureBuilt } from "./bench-lib/prepare";
import { median, table } from "./bench-lib/stats";
import { BIN, getRaw, PROD_ENV, ROOT, startProc, waitForOk, type Proc } from "./lib/server";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3510);
const PAGES = ["/", "/projects?district=region-6", "/charts/spending"] as const;
const SERVERS = ["static", "next start", "cached"] as const;
type ServerName = (typeof SERVERS)[number];
const OUT = path.join(ROOT, "bench-out/http");

const fmt = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "–");

async function main(): Promise<void> {
  ensureBuilt();
  const procs: Proc[] = [];
  const stopAll = () => Promise.all(procs.map((p) => p.stop()));
  process.on("SIGINT", () => void stopAll().then(() => process.exit(130)));
  try {
    const env = PROD_ENV;
    const nextStart = startProc(BIN("next"), ["start", "-p", String(PORT), "-H", "127.0.0.1"], { env });
    const cached = startProc(BIN("tsx"), ["scripts/cached-server.ts"], { env: { ...env, PORT: String(PORT + 1), HOST: "127.0.0.1" } });
    procs.push(nextStart, cached);
    await waitForOk(`http://127.0.0.1:${PORT}/`, 60_000, nextStart);
    await waitForOk(`http://127.0.0.1:${PORT + 1}/`, 60_000, cached);

    // Save the pages exactly as `next start` sends them; the static server replays these bytes.
    fs.rmSync(OUT, { recursive: true, force: true });
    fs.mkdirSync(OUT, { recursive: true });
    const manifest: Record<string, string> = {};
    const sizes: string[] = [];
    for (const [i, url] of PAGES.entries()) {
      const r = await getRaw(`http://127.0.0.1:${PORT}${url}`);
      if (r.status !== 200) throw new Error(`${url}: HTTP ${r.status}`);
      const c = await getRaw(`http://127.0.0.1:${PORT + 1}${url}`);
      if (c.status !== 200) throw new Error(`${url} (cached server): HTTP ${c.status}`);
      const file = `page-${i}.html`;
      fs.writeFileSync(path.join(OUT, file), r.body);
      manifest[url] = file;
      sizes.push(`${url} ${r.body.length} B (cached server: ${c.body.length} B)`);
    }
    fs.writeFileSync(path.join(OUT, "manifest.json"), JSON.stringify(manifest, null, 2));
    const staticServer = startProc(BIN("tsx"), ["scripts/lib/static-server.ts", OUT, String(PORT + 2)]);
    procs.push(staticServer);
    await waitForOk(`http://127.0.0.1:${PORT + 2}/`, 30_000, staticServer);

    const base: Record<ServerName, string> = {
      static: `http://127.0.0.1:${PORT + 2}`,
      "next start": `http://127.0.0.1:${PORT}`,
      cached: `http://127.0.0.1:${PORT + 1}`,
    };
    console.log(`bench:http — ${os.cpus().length} cores, load ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; ${CONNECTIONS} connections, ${SECONDS} s × ${ROUNDS} rounds per page and server`);
    for (const s of sizes) console.log(`  HTML ${s}`);

    for (const url of PAGES) for (const s of SERVERS) await runAutocannon(base[s] + url, CONNECTIONS, 2); // warm-up (fills the cache)

    const results = new Map<string, LoadResult[]>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const url of PAGES) {
        // Rotate the order each round so drift in machine load does not favour one server.
        const order = SERVERS.map((_, i) => SERVERS[(i + round) % SERVERS.length]!);
        for (const s of order) {
          const r = await runAutocannon(base[s] + url, CONNECTIONS, SECONDS);
          const k = `${url}\t${s}`;
          results.set(k, [...(results.get(k) ?? []), r]);
          console.log(`  round ${round + 1} ${s.padEnd(10)} ${url.padEnd(28)} p50 ${r.p50} ms  p99 ${r.p99} ms  ${Math.round(r.rps)} req/s  errors ${r.errors} non2xx ${r.non2xx}`);
        }
      }
    }

    const agg = (url: string, s: ServerName) => {
      const rs = results.get(`${url}\t${s}`) ?? [];
      return {
        p50: median(rs.map((r) => r.p50)),
        p99: median(rs.map((r) => r.p99)),
        rps: median(rs.map((r) => r.rps)),
        errors: rs.reduce((a, r) => a + r.errors + r.non2xx, 0),
      };
    };
    const rows: (string | number)[][] = [];
    const verdicts: string[] = [];
    for (const url of PAGES) {
      const st = agg(url, "static");
      for (const s of SERVERS) {
        const a = agg(url, s);
        const ratio = s === "static" ? ["1", "1", "1"] : [fmt(a.p50 / st.p50, 2), fmt(a.p99 / st.p99, 2), fmt(a.rps / st.rps, 2)];
        rows.push([url, s, fmt(a.p50, 0), fmt(a.p99, 0), fmt(a.rps, 0), a.errors, ...ratio]);
        if (s !== "static") {
          const ok = a.p50 / st.p50 <= 1.5 && a.p99 / st.p99 <= 1.5 && a.rps / st.rps >= 0.5 && a.errors === 0;
          verdicts.push(`${ok ? "PASS" : "FAIL"} ${s} ${url}`);
        }
      }
    }
    console.log(`\nmedian of ${ROUNDS} rounds (latency in ms; ratios ours/static; goal: latency ≤ 1.5, req/s ≥ 0.5, 0 errors)`);
    console.log(table(["page", "server", "p50", "p99", "req/s", "errors", "p50 ratio", "p99 ratio", "req/s ratio"], rows));
    console.log(verdicts.join("\n"));
    fs.writeFileSync(path.join(OUT, "results.json"), JSON.stringify(Object.fromEntries(results), null, 2));
  } finally {
    await stopAll();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
