// In-process response cache for scripts/cached-server.ts: an LRU of whole responses (status,
// headers, body) keyed by URL plus the request headers Next varies on, bounded in entries and bytes.
// Valid while the database file is unchanged: every page is a pure function of (URL, database).
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

export interface CachedResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** Larger responses are served but not kept. */
  maxEntryBytes: number;
}

// Request headers that change what Next sends for the same URL (its own `Vary`), plus encoding.
const VARY_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;
// Not replayed: they describe one connection or one moment, not the response.
const HOP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length"]);

function encodingOf(acceptEncoding: string | undefined): string {
  const a = (acceptEncoding ?? "").toLowerCase();
  if (a.includes("br")) return "br";
  if (a.includes("gzip")) return "gzip";
  if (a.includes("deflate")) return "deflate";
  return "identity";
}

/** Cache key of a request, or null when the request must bypass the cache. */
export function cacheKeyOf(req: Pick<IncomingMessage, "method" | "url" | "headers">): string | null {
  if (req.method !== "GET" || !req.url || req.url.startsWith("/_next/")) return null;
  // Conditional and authenticated requests go to Next as they are.
  const h = req.headers;
  if (h.authorization || h["if-none-match"] || h["if-modified-since"] || h.range) return null;
  // Full Accept-Encoding is kept (not only the chosen coding) because Next's compression picks by it.
  const vary = VARY_HEADERS.map((name) => `${name}=${String(h[name] ?? "")}`).join("&");
  return `${req.url}\n${vary}\n${encodingOf(h["accept-encoding"])}|${h["accept-encoding"] ?? ""}`;
}

export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly limits: CacheLimits) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Map keeps insertion order: re-inserting makes this the most recently used entry.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, value: CachedResponse): boolean {
    if (value.body.length > this.limits.maxEntryBytes || value.body.length > this.limits.maxBytes) return false;
    this.delete(key);
    this.entries.set(key, value);
    this.bytes += value.body.length;
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
    return true;
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  private delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.bytes -= old.body.length;
    this.entries.delete(key);
  }
}

function toBuffer(chunk: unknown, encoding?: BufferEncoding): Buffer | null {
  if (typeof chunk === "string") return Buffer.from(chunk, encoding ?? "utf8");
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

function flattenHeaders(res: ServerResponse, extra: unknown): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = { ...res.getHeaders() };
  if (extra && typeof extra === "object" && !Array.isArray(extra)) {
    for (const [k, v] of Object.entries(extra as OutgoingHttpHeaders)) out[k.toLowerCase()] = v;
  }
  for (const k of Object.keys(out)) if (HOP_HEADERS.has(k)) delete out[k];
  return out;
}

/**
 * Tees everything written to `res` (after Next's compression, which wraps these methods later)
 * and calls `onDone` with the complete response when it ends, unless it grew past `maxBytes`.
 */
export function captureResponse(res: ServerResponse, maxBytes: number, onDone: (r: CachedResponse) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let headers: OutgoingHttpHeaders | null = null;
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (overflow || chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buf = toBuffer(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : undefined);
    if (!buf) return void (overflow = true);
    size += buf.length;
    if (size > maxBytes) return void (overflow = true);
    chunks.push(Buffer.from(buf)); // copy: the writer may reuse its buffer
  };
  const writeHead = res.writeHead.bind(res) as (...a: unknown[]) => ServerResponse;
  const write = res.write.bind(res) as (...a: unknown[]) => boolean;
  const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
  res.writeHead = ((...args: unknown[]) => {
    const extra = typeof args[1] === "string" ? args[2] : args[1];
    if (Array.isArray(extra)) overflow = true; // raw header arrays: too rare to bother replaying
    headers = flattenHeaders(res, extra);
    return writeHead(...args);
  }) as ServerResponse["writeHead"];
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    const out = end(...args);
    if (!overflow) onDone({ status: res.statusCode, headers: headers ?? flattenHeaders(res, null), body: Buffer.concat(chunks) });
    return out;
  }) as ServerResponse["end"];
}

/** Whether a finished response may be replayed to other clients. */
export function isCacheable(r: CachedResponse): boolean {
  if (r.status !== 200 || r.headers["set-cookie"] !== undefined) return false;
  const type = String(r.headers["content-type"] ?? "");
  return type !== "" && !type.startsWith("text/event-stream");
}
