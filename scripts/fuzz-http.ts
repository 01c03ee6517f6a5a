// `npm run fuzz:http`: generated hostile requests against the PRODUCTION server (run `next build`
// first; this builds nothing). Pass: no status >= 500, no markup payload reflected unescaped in
// HTML/SVG, no database error text, every response under 2 s, and the security headers of
// proxy.ts on every response. Env: FUZZ_REQUESTS (5000), FUZZ_SEED, FUZZ_CONCURRENCY (4),
// PORT (3400), DB_FILE, or BASE_URL to target a running loopback server.
import http from "node:http";
import { checkResponse, isNormalisationRedirect, isParserRejection, type Sent } from "./lib/fuzz-checks";
import { fuzzSegment, fuzzValue, mulberry32, QUERY_KEYS, SEGMENTS, type Rng } from "./lib/fuzz-values";
import { mb, startServer } from "./lib/server";

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 5000);
const SEED = Number(process.env.FUZZ_SEED ?? 20240611);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 4);
const TIMEOUT_MS = 10_000;
const MAX_MS = 2_000;

type Seg = keyof typeof SEGMENTS;
/** Every route of the app (plus unknown ones); {x} is a fuzzed path segment. */
const ROUTES: readonly string[] = [
  "/", "/about", "/articles", "/projects", "/map", "/articles/{id}", "/projects/{id}", "/districts/{slug}", "/extract", "/data", "/data/{slug}",
  "/charts/{chart}", "/api/projects", "/api/amounts", "/api/districts", "/api/charts/{chart}",
  "/api/charts/{chart}/png", "/api/charts/{chart}/svg", "/{slug}", "/api/{chart}", "/districts/{slug}/{id}",
  "/charts/{chart}/{id}", "/_next/{slug}", "//{slug}/", "/\\{slug}", "/projects/", "/favicon.ico", "/_next/static/{slug}.js", "/_next/image",
];
const METHODS = ["GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "POST"] as const;

function buildRequest(rng: Rng): Sent {
  const payloads: string[] = [];
  const route = ROUTES[Math.floor(rng() * ROUTES.length)]!;
  const path = route.replace(/\{(\w+)\}/g, (_, name: string) => {
    const s = fuzzSegment(rng, SEGMENTS[name as Seg]);
    if (s.payload) payloads.push(s.payload);
    return s.value;
  });
  const pairs: string[] = [];
  const nKeys = Math.floor(rng() * 5);
  for (let i = 0; i < nKeys; i++) {
    const key = QUERY_KEYS[Math.floor(rng() * QUERY_KEYS.length)]!;
    const repeats = rng() < 0.15 ? 2 + Math.floor(rng() * 3) : 1; // arrays for scalars
    for (let r = 0; r < repeats; r++) {
      const v = fuzzValue(rng, key);
      if (v.payload) payloads.push(v.payload);
      pairs.push(rng() < 0.05 ? key : `${encodeURIComponent(key)}=${v.value}`);
    }
  }
  const method = METHODS[Math.floor(rng() * METHODS.length)]!;
  return { route, method, target: pairs.length ? `${path}?${pairs.join("&")}` : path, payloads };
}

interface Got { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }

function send(agent: http.Agent, base: URL, req: Sent): Promise<Got> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const r = http.request(
      { host: base.hostname, port: base.port, method: req.method, path: req.target, agent, timeout: TIMEOUT_MS, maxHeaderSize: 256 * 1024,
        headers: req.method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }));
        res.on("error", reject);
      },
    );
    r.on("timeout", () => r.destroy(new Error(`no response in ${TIMEOUT_MS} ms`)));
    r.on("error", reject);
    r.end(req.method === "POST" ? "q=%3Cscript%3E&%24ACTION_ID_x=1" : undefined);
  });
}

async function main(): Promise<number> {
  const server = await startServer();
  const base = new URL(server.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const rng = mulberry32(SEED);
  const requests = Array.from({ length: TOTAL }, () => buildRequest(rng));
  const statuses = new Map<number, number>();
  /** "rule | route | detail" → count and first example, so 5,000 requests give a short report */
  const failures = new Map<string, { n: number; example: string }>();
  const tally = { parserRejected: 0, normalised: 0 };
  const fail = (key: string, example: string) => {
    const f = failures.get(key) ?? { n: 0, example };
    f.n++;
    failures.set(key, f);
  };
  const latencies: number[] = [];
  const rssBefore = server.rss();
  const started = performance.now();
  let next = 0;
  try {
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (next < requests.length) {
        const req = requests[next++]!;
        try {
          const got = await send(agent, base, req);
          latencies.push(got.ms);
          statuses.set(got.status, (statuses.get(got.status) ?? 0) + 1);
          if (isParserRejection(req, got)) tally.parserRejected++;
          if (isNormalisationRedirect(req, got)) tally.normalised++;
          const example = `${req.method} ${req.target.slice(0, 200)} → ${got.status}`;
          for (const p of checkResponse(req, got, base, MAX_MS)) fail(`${p.rule} | ${req.route} | ${p.detail}`, example);
        } catch (err) {
          fail(`no response | ${req.route} | ${(err as Error).message}`, `${req.method} ${req.target.slice(0, 200)}`);
        }
      }
    }));
  } finally {
    agent.destroy();
    const rssAfter = server.rss();
    const wall = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const q = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(0);
    console.log(`fuzz:http seed ${SEED}: ${requests.length} requests, concurrency ${CONCURRENCY}, ${wall.toFixed(1)} s against ${server.url}`);
    console.log(`status: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(", ")}`);
    console.log(`latency ms: p50 ${q(0.5)}, p95 ${q(0.95)}, p99 ${q(0.99)}, max ${q(1)}`);
    console.log(`server RSS: before ${mb(rssBefore)}, after ${mb(rssAfter)}`);
    console.log(`rejected by Node's HTTP parser (raw non-ASCII target → 400, > 16 kB → 431, empty body): ${tally.parserRejected}`);
    console.log(`Next's normalisation redirects (308, same-origin Location, before proxy.ts): ${tally.normalised}`);
    await server.stop();
  }
  if (failures.size) {
    const total = [...failures.values()].reduce((s, f) => s + f.n, 0);
    console.error(`FAIL: ${total} problem(s) of ${failures.size} kind(s) (rule | route | detail ×count, first example):`);
    for (const [key, f] of [...failures].sort((a, b) => b[1].n - a[1].n).slice(0, 40)) console.error(`  ${key} ×${f.n}\n      ${f.example}`);
    return 1;
  }
  console.log("PASS: no 5xx, no unescaped reflection, no SQL error text, all under 2 s, security headers on every response");
  return 0;
}

main().then((code) => (process.exitCode = code), (err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
