// What the server's edge (scripts/cached-server.ts) decides before Next sees a request: which
// request targets and methods are refused outright, and the canonical form of the rest. Pure.
import { canonicalSearch } from "../../lib/url-state";

export interface Refusal {
  status: 400 | 405;
  /** The Allow header of a 405. */
  allow?: string;
  reason: string;
}

/** Pages and files: read-only. */
const PAGE_METHODS = ["GET", "HEAD"] as const;
/**
 * What the route handlers under /api implement: GET (each exports only GET), plus the HEAD and
 * OPTIONS Next derives from it. scripts/cached-server.test.ts checks this against Next's own
 * OPTIONS answer for every API route, so a new handler method cannot be refused here unnoticed.
 */
export const API_METHODS = ["GET", "HEAD", "OPTIONS"] as const;

function isApiPath(path: string): boolean {
  return path === "/api" || path.startsWith("/api/");
}

/**
 * The files of /data (the SQLite copy, table exports). One too large to cache streams from Next
 * for as long as the reader takes to download it: it waits in a queue of its own, so slow
 * downloads never hold the slots page renders need.
 */
export function isDownloadPath(target: string): boolean {
  return target.startsWith("/data/");
}

/**
 * Refuses what no route of ours answers: a target that is not a path (absolute-form
 * `http://host/…`, authority-form, `*`), and methods a route does not implement. Next would answer
 * the first with a redirect to the named host and TRACE with a 500; here both get 400/405.
 */
export function refuse(method: string, target: string): Refusal | null {
  if (!target.startsWith("/")) {
    return { status: 400, reason: "the request target must be a path on this server (origin-form, RFC 9112 section 3.2.1)" };
  }
  const path = target.split("?", 1)[0]!;
  const allowed: readonly string[] = isApiPath(path) ? API_METHODS : PAGE_METHODS;
  if (!allowed.includes(method)) return { status: 405, allow: allowed.join(", "), reason: `${method} is not allowed here` };
  return null;
}

// RFC 3986 §6.2.2: percent-encoded unreserved characters mean the characters themselves.
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

/** Decodes escapes of unreserved characters and upper-cases the hex digits of the others. */
export function normalisePath(path: string): string {
  return path.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => {
    const ch = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(ch) ? ch : `%${hex.toUpperCase()}`;
  });
}

/** Next's cache-busting parameter on client-side navigations; Next checks it against the headers. */
const RSC_PARAM = "_rsc";

/**
 * The request target as the cache keys and Next renders it: the normalised path and only the
 * query keys its route reads (lib/url-state.ts), in their fixed order. `_rsc` is kept on RSC
 * requests because Next redirects a navigation without it.
 */
export function canonicalTarget(target: string, rscRequest: boolean): string {
  const q = target.indexOf("?");
  const path = normalisePath(q < 0 ? target : target.slice(0, q));
  if (q < 0) return path;
  const params = new URLSearchParams(target.slice(q + 1));
  let search = canonicalSearch(path, params);
  const rsc = params.get(RSC_PARAM);
  if (rscRequest && rsc !== null) search += `${search ? "&" : "?"}${RSC_PARAM}=${encodeURIComponent(rsc)}`;
  return path + search;
}

/** The cache key's own form of a canonical target: without `_rsc`, which the vary headers decide. */
export function withoutRscParam(target: string): string {
  return target.replace(/[?&]_rsc=[^&]*$/, "");
}
