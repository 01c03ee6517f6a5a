// The production server (`npm start`; `npm run build` compiles this file to .next/cached-server.js,
// so plain Node runs it without devDependencies). Env: PORT, HOST, DB_FILE, CACHE_* (below).
//
// In front of Next it (1) refuses what no route answers: non-path request targets, methods a route
// does not implement, CONNECT and unparsable requests, all with the security headers; (2) renders
// every request in its canonical form (only the query keys its route reads, lib/url-state.ts) so
// junk parameters share one cache entry; (3) keeps GET responses (LRU, bounded) until the database
// changes, and then serves the old page while a new render replaces it; (4) renders each missing
// page once however many readers ask for it at the same time, at most CACHE_RENDERS at once; and
// (5) replays every cached page with a fresh CSP nonce. docs/reliability.md has the measurements.
import fs from "node:fs";
import http from "node:http";
import type { Duplex } from "node:stream";
import next from "next";
import { dbFile } from "../db/paths";
import { env, siteUrlNotice } from "../lib/env";
import { createNonce, STATIC_SECURITY_HEADERS } from "../lib/security-headers";
import { canonicalTarget, isDownloadPath, refuse, withoutRscParam } from "./lib/edge";
import { checkServedDatabase } from "./lib/schema-check";
import { QueueFull, RenderQueue, type Priority } from "./lib/render-queue";
import { replay, toReplayable, type Replayable } from "./lib/replay";
import { cacheKeyOf, isCacheable, ResponseCache, varyHeadersOf } from "./lib/response-cache";
import { startRenderer, type Rendered } from "./lib/renderer";

const { PORT, HOST } = env(); // HOST undefined: all interfaces, like `next start`
const MB = 1024 * 1024;
// The cache's own tuning knobs (not app settings, so not in lib/env.ts).
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const LIMITS = { maxEntries: num("CACHE_MAX_ENTRIES", 2000), maxBytes: num("CACHE_MAX_MB", 128) * MB, maxEntryBytes: num("CACHE_MAX_ENTRY_MB", 4) * MB };
const QUEUE = { concurrency: num("CACHE_RENDERS", 4), maxQueued: num("CACHE_MAX_QUEUED", 500) };
/** /data files too large to cache stream for as long as a reader takes: bounded apart from renders. */
const DOWNLOADS = { concurrency: num("CACHE_DOWNLOADS", 16), maxQueued: num("CACHE_MAX_QUEUED_DOWNLOADS", 64) };
/** After a database change, this many of the most recently used pages are rendered again at once. */
const WARM = num("CACHE_WARM", 32);
const WARM_DELAY_MS = 500; // an ingest touches the file many times: warm once it has settled
const DISABLED = process.env.CACHE_DISABLE === "1";

type Filled = { kind: "response"; response: Replayable } | { kind: "too-large" | "failed" | "busy" };

/** Identity of the database file: a re-seed renames a new file in (new inode), an ingest rewrites it (mtime). */
function dbVersion(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return "missing";
  }
}

function acceptsGzip(header: string | undefined): boolean {
  return (header ?? "").split(",").some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return (name === "gzip" || name === "*") && (q === undefined || Number(q) > 0);
  });
}

function edgeHeaders(status: number, body: string, extra: Record<string, string> = {}): Record<string, string | number> {
  return { ...STATIC_SECURITY_HEADERS, ...extra, "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(body), "cache-control": "no-store" };
}

function sendEdge(res: http.ServerResponse, status: number, reason: string, extra: Record<string, string> = {}): void {
  const body = `${http.STATUS_CODES[status]}: ${reason}\n`;
  res.writeHead(status, edgeHeaders(status, body, extra));
  res.end(body);
}

/** For CONNECT and unparsable requests there is no response object: write the answer on the socket. */
function writeRaw(socket: Duplex, status: number, reason: string, extra: Record<string, string> = {}, withBody = true): void {
  const body = withBody ? `${http.STATUS_CODES[status]}: ${reason}\n` : "";
  const head = Object.entries({ ...edgeHeaders(status, body, extra), connection: "close" }).map(([k, v]) => `${k}: ${v}\r\n`).join("");
  socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${head}\r\n${body}`);
}

function send(req: http.IncomingMessage, res: http.ServerResponse, response: Replayable, label: string): void {
  const r = replay(response, createNonce(), acceptsGzip(req.headers["accept-encoding"]));
  const etag = r.headers.etag;
  if (etag !== undefined && req.headers["if-none-match"] === etag) {
    const kept = { ...r.headers };
    delete kept["content-type"];
    delete kept["content-encoding"];
    res.writeHead(304, { ...kept, "x-cache": label });
    return void res.end();
  }
  res.writeHead(response.status, { ...r.headers, "content-length": r.length, "x-cache": label });
  if (req.method === "HEAD") return void res.end();
  res.cork();
  for (const chunk of r.chunks) res.write(chunk);
  res.end();
}

async function main(): Promise<void> {
  if (process.env.NODE_ENV !== "production") console.warn("cached-server: NODE_ENV is not 'production'");
  const notice = siteUrlNotice(env());
  if (notice) console.log(notice);
  const schema = checkServedDatabase(dbFile());
  if (schema) {
    console.error(schema);
    process.exit(1);
  }
  const app = next({ dev: false, dir: process.cwd(), hostname: HOST ?? "localhost", port: PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const queue = new RenderQueue(QUEUE);
  const downloads = new RenderQueue(DOWNLOADS);
  const cache = new ResponseCache(LIMITS);
  const renderer = await startRenderer(handle, QUEUE.concurrency);
  const inflight = new Map<string, Promise<Filled>>();
  const file = dbFile();
  let version = dbVersion(file);
  let warmTimer: NodeJS.Timeout | undefined;

  const warm = () => {
    for (const [key, e] of cache.recent(WARM)) if (e.version !== version) void fill(key, e.target, e.vary, "background");
  };
  const currentVersion = (): string => {
    const now = dbVersion(file);
    if (now !== version) {
      version = now;
      clearTimeout(warmTimer);
      warmTimer = setTimeout(warm, WARM_DELAY_MS).unref();
    }
    return version;
  };

  /** Renders `target` once for everyone who asks while it runs, and keeps the result if it may. */
  const fill = (key: string, target: string, vary: Record<string, string>, priority: Priority): Promise<Filled> => {
    const running = inflight.get(key);
    if (running) return running;
    const started = version;
    const job = queue
      .run(priority, () => renderer.render(target, vary, LIMITS.maxEntryBytes))
      .then((rendered: Rendered): Filled => {
        if (rendered === "too-large") {
          cache.delete(key);
          return { kind: "too-large" };
        }
        const response = toReplayable(rendered);
        if (isCacheable(response)) cache.set(key, { response, version: started, target, vary });
        else if (response.status < 500) cache.delete(key); // on a 5xx the old page stays served
        return { kind: "response", response };
      })
      .catch((err: unknown): Filled => {
        if (err instanceof QueueFull) return { kind: "busy" };
        console.error(`render of ${target} failed:`, err);
        return { kind: "failed" };
      })
      .finally(() => inflight.delete(key));
    inflight.set(key, job);
    return job;
  };

  /** Next answers this request itself (not cacheable, or too large to keep), within the render bound. */
  const passThrough = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    try {
      await (isDownloadPath(req.url ?? "") ? downloads : queue).run("reader", () => new Promise<void>((resolve) => {
        res.once("close", resolve);
        handle(req, res).catch((err: unknown) => console.error(err));
      }));
    } catch (err) {
      if (!(err instanceof QueueFull)) throw err;
      sendEdge(res, 503, "too many requests are waiting for a render; try again", { "retry-after": "2" });
    }
  };

  const onRequest = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const method = req.method ?? "GET";
    const refusal = refuse(method, req.url ?? "");
    if (refusal) return sendEdge(res, refusal.status, refusal.reason, refusal.allow ? { allow: refusal.allow } : {});
    if (req.url!.startsWith("/_next/")) return void handle(req, res); // Next's own files, with their own headers
    const vary = varyHeadersOf(req.headers);
    const target = canonicalTarget(req.url!, vary.rsc !== undefined);
    req.url = target;
    const key = DISABLED ? null : cacheKeyOf(method, withoutRscParam(target), vary);
    if (key === null) return passThrough(req, res);
    const now = currentVersion();
    const entry = cache.get(key);
    if (entry) {
      const fresh = entry.version === now;
      cache.counts[fresh ? "hit" : "stale"]++;
      send(req, res, entry.response, fresh ? "HIT" : "STALE");
      if (!fresh) void fill(key, entry.target, entry.vary, "background");
      return;
    }
    const shared = inflight.has(key);
    cache.counts[shared ? "shared" : "miss"]++;
    const filled = await fill(key, target, vary, "reader");
    if (filled.kind === "response") return send(req, res, filled.response, shared ? "SHARED" : "MISS");
    if (filled.kind === "busy") return sendEdge(res, 503, "too many requests are waiting for a render; try again", { "retry-after": "2" });
    return passThrough(req, res);
  };

  const server = http.createServer((req, res) => {
    onRequest(req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) sendEdge(res, 500, "internal error");
      else res.destroy();
    });
  });
  // Without a listener Node drops CONNECT silently; answer it like any other unsupported method.
  server.on("connect", (_req: http.IncomingMessage, socket: Duplex) => writeRaw(socket, 405, "CONNECT is not allowed here", { allow: "GET, HEAD" }));
  // Requests Node's parser rejects (unknown methods, bad bytes, oversized headers) get headers too.
  server.on("clientError", (err: NodeJS.ErrnoException, socket: Duplex) => {
    const inFlight = (socket as Duplex & { _httpMessage?: http.ServerResponse })._httpMessage;
    if (err.code === "ECONNRESET" || !socket.writable || inFlight?.headersSent) return void socket.destroy();
    const status = err.code === "HPE_HEADER_OVERFLOW" ? 431 : err.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    // The answer to a HEAD has no body, and the parser may have given up after reading the method.
    const head = (err as { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString("latin1") === "HEAD ";
    writeRaw(socket, status, status === 431 ? "request headers too large" : status === 408 ? "request timeout" : "malformed request", {}, !head);
  });

  server.listen(PORT, HOST, () => {
    const limits = DISABLED ? "cache off" : `cache ${LIMITS.maxEntries} entries / ${LIMITS.maxBytes / MB} MB`;
    console.log(`server ready on http://${HOST ?? "localhost"}:${PORT} (${limits}, ${QUEUE.concurrency} renders at once, db ${file})`);
  });
  const stop = () => {
    const { entries, bytes } = cache.size;
    const c = cache.counts;
    console.log(`cache: ${c.hit} hits, ${c.stale} stale, ${c.miss} misses, ${c.shared} shared renders, ${entries} entries, ${(bytes / MB).toFixed(1)} MB`);
    server.close();
    renderer.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
