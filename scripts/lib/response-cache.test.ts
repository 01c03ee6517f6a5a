import { describe, expect, it } from "vitest";
import { cacheKeyOf, isCacheable, ResponseCache, type CachedResponse } from "./response-cache";

const page = (bytes: number, extra: Partial<CachedResponse> = {}): CachedResponse => ({
  status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: Buffer.alloc(bytes), ...extra,
});

describe("cacheKeyOf", () => {
  it.each([
    ["GET", "/projects?district=region-6", {}, true],
    ["HEAD", "/", {}, false],
    ["POST", "/", {}, false],
    ["GET", "/_next/static/chunks/a.js", {}, false],
    ["GET", "/", { "if-none-match": '"x"' }, false],
    ["GET", "/", { authorization: "Basic x" }, false],
  ] as const)("%s %s %j → cacheable %s", (method, url, headers, ok) => {
    expect(cacheKeyOf({ method, url, headers }) !== null).toBe(ok);
  });

  it("keeps RSC and compressed responses apart from the HTML", () => {
    const html = cacheKeyOf({ method: "GET", url: "/", headers: {} });
    expect(cacheKeyOf({ method: "GET", url: "/", headers: { rsc: "1" } })).not.toBe(html);
    expect(cacheKeyOf({ method: "GET", url: "/", headers: { "accept-encoding": "gzip" } })).not.toBe(html);
    expect(cacheKeyOf({ method: "GET", url: "/?a=1", headers: {} })).not.toBe(html);
  });
});

describe("ResponseCache", () => {
  it("evicts the least recently used entry past the entry limit", () => {
    const c = new ResponseCache({ maxEntries: 2, maxBytes: 1000, maxEntryBytes: 1000 });
    c.set("a", page(1));
    c.set("b", page(1));
    c.get("a");
    c.set("c", page(1));
    expect([c.get("a") !== undefined, c.get("b") !== undefined, c.get("c") !== undefined]).toEqual([true, false, true]);
  });

  it("stays under the byte limit and refuses oversized entries", () => {
    const c = new ResponseCache({ maxEntries: 10, maxBytes: 100, maxEntryBytes: 60 });
    c.set("a", page(50));
    c.set("b", page(50));
    c.set("c", page(50));
    expect(c.size).toEqual({ entries: 2, bytes: 100 });
    expect(c.set("big", page(61))).toBe(false);
  });
});

describe("isCacheable", () => {
  it.each([
    [page(1), true],
    [page(1, { status: 404 }), false],
    [page(1, { headers: { "content-type": "text/html", "set-cookie": "a=1" } }), false],
    [page(1, { headers: {} }), false],
  ] as const)("%#", (r, ok) => expect(isCacheable(r)).toBe(ok));
});
