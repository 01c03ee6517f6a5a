import type { IncomingHttpHeaders } from "node:http";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "../../lib/security-headers";
import { checkResponse, headerProblems, isNormalisationRedirect, isParserRejection, reflectedUnescaped } from "./fuzz-checks";
import { HTML_PAYLOADS, MARKER } from "./fuzz-values";

const BASE = new URL("http://127.0.0.1:3400");
const lower = (h: Record<string, string>): IncomingHttpHeaders => Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
const appHeaders = (embeddable: boolean) => lower(securityHeaders({ nonce: "n", embeddable, dev: false }));

describe("reflectedUnescaped", () => {
  it.each([
    [`<p>${HTML_PAYLOADS[0]}</p>`, HTML_PAYLOADS[0]!, true],
    [`<p>&lt;script&gt;alert(&quot;${MARKER}&quot;)&lt;/script&gt;</p>`, HTML_PAYLOADS[0]!, false],
    [`<input value="&quot;&gt;&lt;img src=x onerror=alert(1) data-m=${MARKER}&gt;">`, HTML_PAYLOADS[1]!, false],
    [`<title>"><img src=x onerror=alert(1) data-m=${MARKER}</title>`, HTML_PAYLOADS[1]!, true], // cut at 100 chars, still live
    [`self.__next_f.push([1,"\\u003cscript\\u003ealert(\\"${MARKER}\\")"])`, HTML_PAYLOADS[0]!, false],
    ["<p>plain</p>", "plain", false],
  ])("%#", (body, payload, expected) => {
    expect(reflectedUnescaped(body, payload)).toBe(expected);
  });
});

describe("headerProblems", () => {
  it.each([
    ["/projects", false, []],
    ["/charts/status?embed=1", true, []],
    ["/charts/status?embed=1", false, ["embed view sends X-Frame-Options", "embed view without frame-ancestors *"]],
    ["/projects?embed=1", true, ["no X-Frame-Options: DENY", "no frame-ancestors 'none'"]],
  ] as const)("%s (embeddable headers: %s)", (target, embeddable, expected) => {
    expect(headerProblems(target, appHeaders(embeddable), BASE)).toEqual(expected);
  });

  it("flags a response without any security header, and unsafe-eval", () => {
    expect(headerProblems("/", {}, BASE)).toHaveLength(5);
    expect(headerProblems("/", { ...appHeaders(false), "content-security-policy": "script-src 'unsafe-eval'; frame-ancestors 'none'" }, BASE)).toContain("CSP allows unsafe-eval");
  });
});

describe("checkResponse", () => {
  const sent = { route: "/x", method: "GET", target: "/x", payloads: [] };
  it("fails 5xx, slow responses, database error text and off-site redirects", () => {
    const rules = checkResponse(sent, { status: 500, headers: { ...appHeaders(false), location: "//evil.example/" }, body: "SqliteError: no such table", ms: 2500 }, BASE, 2000).map((p) => p.rule);
    expect(rules).toEqual(["status >= 500", "slow", "off-site redirect", "db error text"]);
  });
  it("passes a plain 404 with the app's headers", () => {
    expect(checkResponse(sent, { status: 404, headers: appHeaders(false), body: "<p>یافت نشد</p>", ms: 20 }, BASE, 2000)).toEqual([]);
  });
  it.each([
    ["/projects/", 308, { location: "/projects" }, "", true],
    ["/a\\b", 308, { location: "/a/b" }, "", true],
    ["/projects", 308, { location: "/elsewhere" }, "", false],
  ] as const)("normalisation redirect %s → %s: %s", (target, status, headers, body, expected) => {
    expect(isNormalisationRedirect({ ...sent, target }, { status, headers, body, ms: 1 })).toBe(expected);
  });
  it.each([
    ["/p?q=\u00e9", 400, {}, "", true],
    ["/p?q=e", 400, {}, "", false],
    ["/p?q=\u00e9", 400, { "content-type": "text/html" }, "<p>", false],
    [`/p?q=${"a".repeat(17_000)}`, 431, {}, "", true],
  ] as const)("parser rejection %#", (target, status, headers, body, expected) => {
    expect(isParserRejection({ ...sent, target }, { status, headers, body, ms: 1 })).toBe(expected);
  });
});

describe("direction controls in HTML", () => {
  const got = (body: string) => ({ status: 200, headers: { ...appHeaders(false), "content-type": "text/html; charset=utf-8" }, body, ms: 1 });
  const sent = (target: string) => ({ route: "/", method: "GET", target, payloads: [] });
  it.each([
    ["/articles", "<h1>\u202eاشاره</h1>", ["direction control"]],
    ["/articles", "<h1>اشاره\u2069</h1>", ["direction control"]],
    ["/articles", "<h1>اشاره\u200f</h1>", []], // RLM is a mark, allowed
    ["/projects?q=%E2%80%AE%D9%82", "<input value=\"\u202eق\">", []], // the reader sent it
  ])("%s %j", (target, body, rules) => {
    expect(checkResponse(sent(target), got(body), BASE, 2000).map((p) => p.rule)).toEqual(rules);
  });
});
