// Security headers for every response: pages and APIs (proxy.ts), files under /_next
// (next.config.ts) and the answers the server's edge gives itself (scripts/cached-server.ts).
// Pure, so a unit test can check them.
import { isEmbedQuery } from "./url-state";

export interface HeaderOptions {
  nonce: string;
  /** `?embed=1` chart views may be framed by any site; everything else may not be framed. */
  embeddable: boolean;
  dev: boolean;
}

export function contentSecurityPolicy({ nonce, embeddable, dev }: HeaderOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Recharts and React write style attributes, which cannot carry a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${embeddable ? "*" : "'none'"}`,
  ].join("; ");
}

const COMMON: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function securityHeaders(o: HeaderOptions): Record<string, string> {
  const h: Record<string, string> = { "Content-Security-Policy": contentSecurityPolicy(o), ...COMMON };
  if (!o.embeddable) h["X-Frame-Options"] = "DENY";
  return h;
}

/**
 * For responses that are never documents (files under /_next, the server edge's own 400/405/503
 * answers): nothing in them may run, load or be framed, so no nonce is needed.
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  ...COMMON,
  "X-Frame-Options": "DENY",
};

/**
 * A fresh script nonce: 18 random bytes as base64url (24 characters, which CSP's base64-value
 * grammar allows). One per response: proxy.ts for every render, the cached server for every replay.
 */
export function createNonce(): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(18))).toString("base64url");
}

export function isEmbedRequest(pathname: string, params: URLSearchParams): boolean {
  // Only a chart page (/charts/<slug>, one segment) has an embed view, and only for exactly one
  // embed=1: `?embed=1&embed=1` renders the full page, which must not be framed.
  return /^\/charts\/[^/]+$/.test(pathname) && isEmbedQuery(params);
}

/** True when some path segment is not valid percent-encoded UTF-8 (decodeURIComponent throws). */
export function hasMalformedEscape(pathname: string): boolean {
  return pathname.split("/").some((seg) => {
    try {
      decodeURIComponent(seg);
      return false;
    } catch {
      return true;
    }
  });
}
