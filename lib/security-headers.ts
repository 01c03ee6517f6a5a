// Security headers for every response (applied in proxy.ts). Pure, so a unit test can check them.

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

export function securityHeaders(o: HeaderOptions): Record<string, string> {
  const h: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(o),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
  };
  if (!o.embeddable) h["X-Frame-Options"] = "DENY";
  return h;
}

export function isEmbedRequest(pathname: string, params: URLSearchParams): boolean {
  // Exactly one embed=1: `?embed=1&embed=1` renders the full page, which must not be framed.
  const e = params.getAll("embed");
  return pathname.startsWith("/charts/") && e.length === 1 && e[0] === "1";
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
