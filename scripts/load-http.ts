// `npm run load:http`: 100 connections for 30 s over the main pages and APIs of the PRODUCTION
// server (run `next build` first; this builds nothing). Pass: no errors, timeouts or non-2xx
// answers, and the server's resident memory grows by less than LOAD_MAX_RSS_GROWTH_MB.
// The server is plain `next start` unless SERVER=cached.
// Env: LOAD_CONNECTIONS (100), LOAD_SECONDS (30), LOAD_TIMEOUT_S (30), LOAD_MAX_RSS_GROWTH_MB (400), PORT (3400),
// DB_FILE, or BASE_URL (+ SERVER_PID for memory figures) to target a running loopback server.
import { createRequire } from "node:module";
import path from "node:path";
import { mb, startServer, type AppServer } from "./lib/server";

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const MAX_GROWTH = Number(process.env.LOAD_MAX_RSS_GROWTH_MB ?? 400) * 2 ** 20;
// 100 connections saturate one Node process, so a request can queue for seconds behind the
// others (processor sharing); only no answer within this many seconds counts as an error.
const TIMEOUT_S = Number(process.env.LOAD_TIMEOUT_S ?? 30);

const PATHS = [
  "/", "/projects", "/projects?district=region-1", `/projects?q=${encodeURIComponent("بوستان")}`, "/projects?sort=amount-desc&unit=toman",
  "/articles", "/articles/1", "/projects/1", "/districts/region-1", "/districts/city", "/charts/spending", "/charts/status?embed=1",
  "/map", "/about", "/api/projects", "/api/projects?format=csv", "/api/amounts", "/api/districts", "/api/charts/spending",
  "/api/charts/category/svg", "/api/charts/status/png",
];

/** The slice of autocannon 8's programmatic API used here (the package ships no types). */
interface Result {
  requests: { total: number; average: number };
  latency: { p50: number; p99: number; max: number };
  errors: number; timeouts: number; non2xx: number; mismatches: number;
  statusCodeStats: Record<string, { count: number }>;
}
type Autocannon = (opts: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(path.resolve("package.json"))("autocannon") as Autocannon;

async function warmUp(server: AppServer): Promise<void> {
  for (const p of PATHS) {
    const res = await fetch(server.url + p, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`warm-up: ${p} answered ${res.status}; is the database seeded?`);
  }
}

async function main(): Promise<number> {
  // The renderer itself under load (plain `next start`); SERVER=cached measures `npm start`.
  const server = await startServer({ server: "next" });
  try {
    for (let i = 0; i < 3; i++) await warmUp(server);
    const before = server.rss();
    const samples: number[] = [];
    const sampler = setInterval(() => samples.push(server.rss() ?? 0), 1000);
    const result = await autocannon({
      url: server.url, connections: CONNECTIONS, duration: SECONDS, timeout: TIMEOUT_S,
      requests: PATHS.map((p) => ({ method: "GET", path: p })),
    });
    clearInterval(sampler);
    const after = server.rss();
    await new Promise((r) => setTimeout(r, 5000));
    const settled = server.rss();
    const statuses = Object.entries(result.statusCodeStats).map(([s, v]) => `${s}×${v.count}`).join(", ");
    console.log(`load:http: ${CONNECTIONS} connections, ${SECONDS} s, ${PATHS.length} URLs in rotation against ${server.url}`);
    console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s); status: ${statuses}`);
    console.log(`latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`);
    console.log(`errors ${result.errors}, timeouts (> ${TIMEOUT_S} s) ${result.timeouts}, non-2xx ${result.non2xx}`);
    const peak = samples.length ? Math.max(...samples) : null;
    const growth = before !== null && settled !== null ? settled - before : null;
    console.log(`server RSS: before ${mb(before)}, peak ${mb(peak)}, at end ${mb(after)}, 5 s later ${mb(settled)}; growth ${mb(growth)} (limit ${mb(MAX_GROWTH)})`);
    console.log(`RSS every 5 s: ${samples.filter((_, i) => i % 5 === 4).map((s) => (s / 2 ** 20).toFixed(0)).join(" → ")} MB`);
    const problems = [
      result.errors && `${result.errors} errors`, result.timeouts && `${result.timeouts} timeouts`, result.non2xx && `${result.non2xx} non-2xx`,
      result.requests.total === 0 && "no requests completed", growth !== null && growth > MAX_GROWTH && `RSS grew ${mb(growth)}`,
    ].filter(Boolean);
    if (problems.length) {
      console.error(`FAIL: ${problems.join(", ")}`);
      return 1;
    }
    console.log("PASS: 0 errors, 0 timeouts, 0 non-2xx, memory growth within the limit");
    return 0;
  } finally {
    await server.stop();
  }
}

main().then((code) => (process.exitCode = code), (err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
