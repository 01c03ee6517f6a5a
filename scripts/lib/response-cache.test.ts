import { describe, expect, it } from "vitest";
import { toReplayable } from "./replay";
import { cacheKeyOf, isCacheable, ResponseCache, varyHeadersOf, type CacheEntry } from "./response-cache";

const entry = (bytes: number, version = "v1"): CacheEntry => ({
  response: toReplayable({ status: 200, headers: { "content-type": "image/png" }, body: Buffer.alloc(bytes) }),
  version, target: "/", vary: {},
});

describe("cacheKeyOf", () => {
  it.each([
    ["GET", "/projects?district=region-6", true],
    ["HEAD", "/", true],
    ["POST", "/", false],
    ["OPTIONS", "/api/projects", false],
    ["GET", "/_next/static/chunks/a.js", false],
  ] as const)("%s %s → cacheable %s", (method, url, ok) => {
    expect(cacheKeyOf(method, url, {}) !== null).toBe(ok);
  });

  it("HEAD shares GET's entry; RSC requests and other URLs get their own", () => {
    const html = cacheKeyOf("GET", "/", {});
    expect(cacheKeyOf("HEAD", "/", {})).toBe(html);
    expect(cacheKeyOf("GET", "/", varyHeadersOf({ rsc: "1" }))).not.toBe(html);
    expect(cacheKeyOf("GET", "/?unit=toman", {})).not.toBe(html);
  });

  it("only the headers Next varies on reach the key", () => {
    const vary = varyHeadersOf({ rsc: "1", "accept-encoding": "gzip", cookie: "a=1", "if-none-match": '"x"', "user-agent": "x" });
    expect(vary).toEqual({ rsc: "1" });
  });
});

describe("ResponseCache", () => {
  it("evicts the least recently used entry past the entry limit", () => {
    const c = new ResponseCache({ maxEntries: 2, maxBytes: 1000, maxEntryBytes: 1000 });
    c.set("a", entry(1));
    c.set("b", entry(1));
    c.get("a");
    c.set("c", entry(1));
    expect([c.get("a") !== undefined, c.get("b") !== undefined, c.get("c") !== undefined]).toEqual([true, false, true]);
  });

  it("stays under the byte limit and refuses oversized entries", () => {
    const c = new ResponseCache({ maxEntries: 10, maxBytes: 100, maxEntryBytes: 60 });
    c.set("a", entry(50));
    c.set("b", entry(50));
    c.set("c", entry(50));
    expect(c.size).toEqual({ entries: 2, bytes: 100 });
    expect(c.set("big", entry(61))).toBe(false);
  });

  it("lists the most recently used entries first, versions kept", () => {
    const c = new ResponseCache({ maxEntries: 10, maxBytes: 1000, maxEntryBytes: 1000 });
    c.set("a", entry(1, "old"));
    c.set("b", entry(1, "old"));
    c.set("c", entry(1, "new"));
    c.get("a");
    expect(c.recent(2).map(([k, e]) => `${k}:${e.version}`)).toEqual(["a:old", "c:new"]);
  });
});

describe("isCacheable", () => {
  const r = (status: number, headers: Record<string, string>) => ({ status, headers });
  it.each([
    [r(200, { "content-type": "text/html" }), true],
    [r(404, { "content-type": "text/html" }), false],
    [r(308, { location: "/x" }), false],
    [r(200, { "content-type": "text/html", "set-cookie": "a=1" }), false],
    [r(200, {}), false],
  ] as const)("%#", (res, ok) => expect(isCacheable(res)).toBe(ok));
});
