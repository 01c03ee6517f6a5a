// What scripts/fuzz-http.ts demands of every response. Pure, so each rule can be unit-tested.
import type { IncomingHttpHeaders } from "node:http";
import { MARKER } from "./fuzz-values";

export interface Sent { route: string; method: string; target: string; payloads: string[] }
export type Rule = "status >= 500" | "slow" | "header" | "reflected" | "db error text" | "off-site redirect" | "direction control";
export interface Problem { rule: Rule; detail: string }
export interface Received { status: number; headers: IncomingHttpHeaders; body: string; ms: number }

/** SQLite / drizzle error text that must never reach a client. */
const DB_ERROR = /SQLITE_[A-Z]|SqliteError|DrizzleQueryError|no such (table|column)|": syntax error/;

/**
 * Rejected by Node's HTTP parser before any app code: raw non-ASCII bytes in the request target
 * (RFC 9112 allows ASCII only) → 400, or a request line over the 16 kB header limit → 431.
 * Both have an empty body, so there is nothing for security headers to protect.
 */
export function isParserRejection(req: Sent, res: Received): boolean {
  if (res.body !== "" || res.headers["content-type"]) return false;
  return (res.status === 400 && /[^\x00-\x7f]/.test(req.target)) || (res.status === 431 && req.target.length > 16_000);
}

/**
 * Next's own URL normalisation (trailing slash, backslash, double slash) answers 308 before
 * proxy.ts runs; these carry only a same-origin Location, so they are counted apart.
 */
export function isNormalisationRedirect(req: Sent, res: Received): boolean {
  const path = req.target.split("?")[0] ?? "";
  return res.status === 308 && typeof res.headers.location === "string" && /\\|\/\/|.\/$/.test(path);
}

export function checkResponse(req: Sent, res: Received, base: URL, maxMs: number): Problem[] {
  const problems: Problem[] = [];
  if (res.status >= 500) problems.push({ rule: "status >= 500", detail: `${res.status} ${res.body.slice(0, 60)}` });
  if (res.ms >= maxMs) problems.push({ rule: "slow", detail: `${res.ms.toFixed(0)} ms` });
  if (!isParserRejection(req, res) && !isNormalisationRedirect(req, res)) {
    const missing = headerProblems(req.target, res.headers, base);
    if (missing.length) problems.push({ rule: "header", detail: missing.join("; ") });
  }
  const type = String(res.headers["content-type"] ?? "");
  if (/html|svg|xml/.test(type)) {
    for (const p of req.payloads) if (reflectedUnescaped(res.body, p)) problems.push({ rule: "reflected", detail: p });
  }
  const location = res.headers.location;
  if (location && new URL(location, base).origin !== base.origin) problems.push({ rule: "off-site redirect", detail: location });
  const dbError = DB_ERROR.exec(res.body);
  if (dbError) problems.push({ rule: "db error text", detail: dbError[0] });
  const control = /html/.test(type) && !sendsDirectionControl(req.target) ? DIRECTION_CONTROL.exec(res.body) : null;
  if (control) problems.push({ rule: "direction control", detail: `U+${control[0].codePointAt(0)!.toString(16).toUpperCase()} near «${res.body.slice(Math.max(0, control.index - 30), control.index + 30)}»` });
  return problems;
}

/**
 * LRE…RLO (U+202A–202E) and LRI…PDI (U+2066–2069): ingest removes them from titles and outlets and
 * no text of ours has them, so a page shows one only when the request itself carried it.
 */
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const DIRECTION_CONTROL_ENCODED = /%E2%80%A[A-E]|%E2%81%A[6-9]|[\u202A-\u202E\u2066-\u2069]/i;

function sendsDirectionControl(target: string): boolean {
  return DIRECTION_CONTROL_ENCODED.test(target);
}

/** Security headers of proxy.ts: every response, framing denied except /charts/*?embed=1. */
export function headerProblems(target: string, h: IncomingHttpHeaders, base: URL): string[] {
  const problems: string[] = [];
  const csp = String(h["content-security-policy"] ?? "");
  if (!csp) problems.push("no Content-Security-Policy");
  if (csp.includes("unsafe-eval")) problems.push("CSP allows unsafe-eval");
  if (h["x-content-type-options"] !== "nosniff") problems.push("no X-Content-Type-Options: nosniff");
  if (!h["referrer-policy"]) problems.push("no Referrer-Policy");
  if (!h["permissions-policy"]) problems.push("no Permissions-Policy");
  let url: URL | null = null;
  try {
    url = new URL(target, base);
  } catch {
    return problems; // the server parses it no better; the other checks still ran
  }
  // The chart page embeds only when `embed` is exactly one "1" (a repeated key arrives as an array).
  const embedValues = url.searchParams.getAll("embed");
  const embed = /^\/charts\/[^/]+$/.test(url.pathname) && embedValues.length === 1 && embedValues[0] === "1";
  if (embed) {
    if (h["x-frame-options"]) problems.push("embed view sends X-Frame-Options");
    if (csp && !csp.includes("frame-ancestors *")) problems.push("embed view without frame-ancestors *");
  } else {
    if (String(h["x-frame-options"]).toUpperCase() !== "DENY") problems.push("no X-Frame-Options: DENY");
    if (csp && !csp.includes("frame-ancestors 'none'")) problems.push("no frame-ancestors 'none'");
  }
  return problems;
}

/**
 * True when the payload's markup reached the page as markup: the text from the start of the
 * payload up to its marker appears verbatim (a `<` or quote left unescaped). Checking only up to
 * the marker still catches a payload that the app shortened (`q` is cut to 100 characters).
 */
export function reflectedUnescaped(body: string, payload: string): boolean {
  const at = payload.indexOf(MARKER);
  const head = at >= 0 ? payload.slice(0, at + MARKER.length) : payload;
  if (!/[<"']/.test(head)) return false;
  return body.includes(head) || body.includes(head.replace(/ /g, "+"));
}
