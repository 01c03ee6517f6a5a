// `npm run fuzz:http`: generated hostile requests against the PRODUCTION server, `npm start`'s
// (run `npm run build` first; this builds nothing), on a temporary copy of the database with two
// articles whose titles carry direction controls. Pass: no status >= 500, no markup payload
// reflected unescaped in HTML/SVG, no database error text, every response under 2 s, the security
// headers on every response, no direction control on a page the request did not bring, and the
// fixed probes of scripts/lib/fuzz-probes.ts (edge refusals, junk parameters served from the cache).
// Env: FUZZ_REQUESTS (5000), FUZZ_SEED, FUZZ_CONCURRENCY (4), PORT (3400), DB_FILE, SERVER=next
// (plain `next start`, which fails the edge probes), or BASE_URL to target a running loopback server.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { ingestArticles } from "./lib/pipeline";
import { openWritable } from "../db/writer";
import { checkResponse, isNormalisationRedirect, isParserRejection, type Sent } from "./lib/fuzz-checks";
import { BIDI_PAGES, BIDI_TITLES_CLEAN, EDGE_PROBES, JUNK_PAIRS } from "./lib/fuzz-probes";
import { fuzzSegment, fuzzValue, mulberry32, QUERY_KEYS, SEGMENTS, type Rng } from "./lib/fuzz-values";
import { BIDI_ARTICLES } from "./lib/hostile-articles";
import { rawRequest } from "./lib/raw-http";
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
const METHODS = [
  ...Array<string>(24).fill("GET"), "HEAD", "HEAD", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND",
] as const;
/** Absolute-form targets (what a proxy is sent): refused, never a redirect to the named host. */
const ORIGINS = ["http://evil.example", "https://127.0.0.1", "http://[::1]:1"];

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
  const origin = rng() < 0.04 ? ORIGINS[Math.floor(rng() * ORIGINS.length)]! : "";
  return { route, method, target: `${origin}${pairs.length ? `${path}?${pairs.join("&")}` : path}`, payloads };
}

interface Got { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number }

function send(agent: http.Agent, base: URL, req: Sent): Promise<Got> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const r = http.request(
      { host: base.hostname, port: base.port, method: req.method, path: req.target, agent, timeout: TIMEOUT_MS, maxHeaderSize: 256 * 1024,
        headers: hasBody(req.method) ? { "content-type": "application/x-www-form-urlencoded" } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }));
        res.on("error", reject);
      },
    );
    r.on("timeout", () => r.destroy(new Error(`no response in ${TIMEOUT_MS} ms`)));
    r.on("error", reject);
    r.end(hasBody(req.method) ? "q=%3Cscript%3E&%24ACTION_ID_x=1" : undefined);
  });
}

const hasBody = (method: string) => ["POST", "PUT", "PATCH"].includes(method);

/** A copy of the database with BIDI_ARTICLES added by the real ingest code; the ids they got. */
function prepareDatabase(): { file: string; bidiIds: number[] } {
  const source = path.resolve(process.env.DB_FILE ?? "data/qom.db");
  if (!fs.existsSync(source)) throw new Error(`${source} not found: run \`npm run seed\` first`);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qom-fuzz-")), "fuzz.db");
  fs.copyFileSync(source, file);
  const w = openWritable(file);
  try {
    return { file, bidiIds: ingestArticles(w, BIDI_ARTICLES).outcomes.map((o) => o.articleId) };
  } finally {
    w.sqlite.close();
  }
}

/** The fixed probes; each problem is reported through `fail`. */
async function probe(base: URL, agent: http.Agent, bidiIds: number[], fail: (key: string, example: string) => void): Promise<number> {
  let sent = 0;
  for (const p of EDGE_PROBES) {
    const head = p.head.includes("\r\nHost:") ? p.head : p.head.replace(/^([^\r\n]*)/, `$1\r\nHost: ${base.host}`);
    const [line, ...rest] = head.split("\r\n\r\n");
    const request = `${line}\r\nConnection: close\r\n\r\n${rest.join("\r\n\r\n")}`;
    const got = await rawRequest(base.hostname, Number(base.port), request);
    sent++;
    const [method = "", target = ""] = p.head.split(" ");
    const example = `${p.head.split("\r\n")[0]} → ${got.status}`;
    if (got.status !== p.status) fail(`edge | ${method} | expected ${p.status}`, example);
    if (got.status === 405 && !got.headers.allow) fail(`edge | ${method} | 405 without Allow`, example);
    for (const pr of checkResponse({ route: "edge", method, target, payloads: [] }, got, base, MAX_MS)) fail(`${pr.rule} | edge | ${pr.detail}`, example);
  }
  for (const [first, second] of JUNK_PAIRS) {
    await send(agent, base, { route: "junk", method: "GET", target: first, payloads: [] });
    const got = await send(agent, base, { route: "junk", method: "GET", target: second, payloads: [] });
    sent += 2;
    if (got.status !== 200 || got.headers["x-cache"] !== "HIT") fail("junk parameters | not served from the cache", `${first} then ${second} → ${got.status} x-cache=${String(got.headers["x-cache"])}`);
  }
  const pages = BIDI_PAGES.flatMap((p) => (p.includes("{id}") ? bidiIds.map((id) => p.replace("{id}", String(id))) : [p]));
  for (const target of pages) {
    const req: Sent = { route: "bidi", method: "GET", target, payloads: [] };
    const got = await send(agent, base, req);
    sent++;
    if (got.status !== 200) fail(`bidi | ${target} | status ${got.status}`, target);
    for (const pr of checkResponse(req, got, base, MAX_MS)) fail(`${pr.rule} | bidi | ${pr.detail}`, target);
    if (target === "/articles" && bidiIds.length && !BIDI_TITLES_CLEAN.every((t) => got.body.includes(t))) fail("bidi | /articles | cleaned titles not listed", target);
  }
  return sent;
}

async function main(): Promise<number> {
  const db = process.env.BASE_URL ? null : prepareDatabase();
  const server = await startServer({ dbFile: db?.file });
  const base = new URL(server.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const rng = mulberry32(SEED);
  const requests = Array.from({ length: TOTAL }, () => buildRequest(rng));
  const statuses = new Map<number, number>();
  /** "rule | route | detail" → count and first example, so 5,000 requests give a short report */
  const failures = new Map<string, { n: number; example: string }>();
  const tally = { parserRejected: 0, normalised: 0, probes: 0 };
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
    tally.probes = await probe(base, agent, db?.bidiIds ?? [], fail);
  } finally {
    agent.destroy();
    const rssAfter = server.rss();
    const wall = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const q = (p: number) => (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(0);
    console.log(`fuzz:http seed ${SEED}: ${requests.length} requests, concurrency ${CONCURRENCY}, then ${tally.probes} fixed probes, ${wall.toFixed(1)} s against ${server.url}`);
    console.log(`status: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(", ")}`);
    console.log(`latency ms: p50 ${q(0.5)}, p95 ${q(0.95)}, p99 ${q(0.99)}, max ${q(1)}`);
    console.log(`server RSS: before ${mb(rssBefore)}, after ${mb(rssAfter)}`);
    console.log(`rejected by Node's HTTP parser with no headers at all (plain next start; npm start's server answers those itself): ${tally.parserRejected}`);
    console.log(`Next's normalisation redirects (308, same-origin Location, before proxy.ts): ${tally.normalised}`);
    await server.stop();
    if (db) fs.rmSync(path.dirname(db.file), { recursive: true, force: true });
  }
  if (failures.size) {
    const total = [...failures.values()].reduce((s, f) => s + f.n, 0);
    console.error(`FAIL: ${total} problem(s) of ${failures.size} kind(s) (rule | route | detail ×count, first example):`);
    for (const [key, f] of [...failures].sort((a, b) => b[1].n - a[1].n).slice(0, 40)) console.error(`  ${key} ×${f.n}\n      ${f.example}`);
    return 1;
  }
  console.log("PASS: no 5xx, no unescaped reflection, no SQL error text, all under 2 s, security headers on every response, no stray direction controls, edge and cache probes as expected");
  return 0;
}

main().then((code) => (process.exitCode = code), (err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
