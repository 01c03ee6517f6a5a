// In-process response cache for scripts/cached-server.ts: an LRU of replayable responses keyed by
// the CANONICAL request target (scripts/lib/edge.ts) plus the request headers Next varies on,
// bounded in entries and bytes. Each entry remembers the database version it was rendered from:
// after a change it is still served (stale) while a fresh render replaces it.
import type { IncomingHttpHeaders } from "node:http";
import type { Replayable } from "./replay";

export interface CacheLimits {
  maxEntries: number;
  maxBytes: number;
  /** Larger responses are served but not kept. */
  maxEntryBytes: number;
}

export interface CacheEntry {
  response: Replayable;
  /** Database version (scripts/cached-server.ts dbVersion) when the render started. */
  version: string;
  /** What to ask Next for to render it again: canonical target and the varying headers. */
  target: string;
  vary: Record<string, string>;
}

// Request headers that change what Next sends for the same URL (its own `Vary`). Accept-Encoding is
// not one: Next renders identity and the cache compresses (scripts/lib/replay.ts).
export const VARY_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"] as const;

export function varyHeadersOf(h: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of VARY_HEADERS) {
    const v = h[name];
    if (v !== undefined) out[name] = Array.isArray(v) ? v.join(", ") : v;
  }
  return out;
}

/**
 * Cache key of a request whose target is already canonical (without `_rsc`), or null when it must
 * go to Next as it is. HEAD shares GET's entry. Conditional, range and authorised requests are
 * answered from the cache too: a page here never depends on them, and bypassing the cache for
 * them would let anyone force a render with one header.
 */
export function cacheKeyOf(method: string, target: string, vary: Record<string, string>): string | null {
  if ((method !== "GET" && method !== "HEAD") || target.startsWith("/_next/")) return null;
  return `${target}\n${VARY_HEADERS.map((n) => `${n}=${vary[n] ?? ""}`).join("&")}`;
}

/** Whether a finished response may be replayed to other clients. */
export function isCacheable(r: Pick<Replayable, "status" | "headers">): boolean {
  if (r.status !== 200 || r.headers["set-cookie"] !== undefined) return false;
  const type = String(r.headers["content-type"] ?? "");
  return type !== "" && !type.startsWith("text/event-stream");
}

export class ResponseCache {
  private readonly entries = new Map<string, CacheEntry>();
  private bytes = 0;
  readonly counts = { hit: 0, stale: 0, miss: 0, shared: 0 };

  constructor(private readonly limits: CacheLimits) {}

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }

  get(key: string): CacheEntry | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    // Map keeps insertion order: re-inserting makes this the most recently used entry.
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: string, entry: CacheEntry): boolean {
    const size = entry.response.bytes;
    if (size > this.limits.maxEntryBytes || size > this.limits.maxBytes) return false;
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += size;
    while (this.entries.size > this.limits.maxEntries || this.bytes > this.limits.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
    return true;
  }

  /** The `n` most recently used entries, most recent first. */
  recent(n: number): [string, CacheEntry][] {
    return [...this.entries].slice(-n).reverse();
  }

  delete(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.bytes -= old.response.bytes;
    this.entries.delete(key);
  }
}
