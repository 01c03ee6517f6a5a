import { describe, expect, it } from "vitest";
import { createNonce, isEmbedRequest, securityHeaders, STATIC_SECURITY_HEADERS } from "./security-headers";

describe("securityHeaders", () => {
  it("denies framing and eval by default, with a per-request script nonce", () => {
    const h = securityHeaders({ nonce: "abc123", embeddable: false, dev: false });
    expect(h["Content-Security-Policy"]).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(h["Content-Security-Policy"]).not.toContain("unsafe-eval");
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("lets embeds be framed", () => {
    const h = securityHeaders({ nonce: "n", embeddable: true, dev: false });
    expect(h["Content-Security-Policy"]).toContain("frame-ancestors *");
    expect(h["X-Frame-Options"]).toBeUndefined();
  });

  it.each([
    ["/charts/spending", "embed=1", true],
    ["/charts/spending", "embed=0", false],
    ["/projects", "embed=1", false],
    ["/charts/spending", "", false],
    ["/charts/spending/10", "embed=1", false],
  ])("isEmbedRequest(%s?%s) = %s", (path, qs, expected) => {
    expect(isEmbedRequest(path, new URLSearchParams(qs))).toBe(expected);
  });
});

describe("createNonce", () => {
  it("is fresh every time and fits CSP's base64-value grammar", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(n).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});

describe("STATIC_SECURITY_HEADERS", () => {
  it("lets nothing run or frame a response that is not a document", () => {
    expect(STATIC_SECURITY_HEADERS["Content-Security-Policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(STATIC_SECURITY_HEADERS["X-Frame-Options"]).toBe("DENY");
    expect(STATIC_SECURITY_HEADERS["X-Content-Type-Options"]).toBe("nosniff");
  });
});
