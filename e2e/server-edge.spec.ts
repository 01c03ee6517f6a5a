// The production server (scripts/cached-server.ts, which the webServer of playwright.config.ts
// runs) over real HTTP: its edge, its cache and the fresh nonce of every replayed page.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { expect, test, type APIResponse } from "@playwright/test";
import { API_METHODS } from "../scripts/lib/edge";
import { rawRequest } from "../scripts/lib/raw-http";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DB_FILE = path.resolve(process.env.E2E_DB_FILE ?? "data/e2e.db");

const nonceInCsp = (r: APIResponse) => /'nonce-([^']+)'/.exec(r.headers()["content-security-policy"] ?? "")?.[1];
const nonceAttrs = (html: string) => [...new Set([...html.matchAll(/nonce="([^"]*)"/g)].map((m) => m[1]))];
function getBytes(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http.get({ host: "127.0.0.1", port: PORT, path: url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}
const raw = (head: string) => rawRequest("127.0.0.1", PORT, `${head}\r\nHost: 127.0.0.1:${PORT}\r\nConnection: close\r\n\r\n`);

test("every replay of a cached page carries its own nonce, in the header and every script", async ({ request }) => {
  const first = await request.get("/about?n=1");
  const second = await request.get("/about?n=2");
  expect(second.headers()["x-cache"]).toBe("HIT");
  const [a, b] = [nonceInCsp(first), nonceInCsp(second)];
  expect(a).toMatch(/^[A-Za-z0-9_-]{24}$/);
  expect(b).toMatch(/^[A-Za-z0-9_-]{24}$/);
  expect(a).not.toBe(b);
  expect(nonceAttrs(await first.text())).toEqual([a]);
  expect(nonceAttrs(await second.text())).toEqual([b]);
  expect((await second.text()).replaceAll(b!, "N")).toBe((await first.text()).replaceAll(a!, "N"));
});

test("a cached page runs in Chromium with no CSP violation and navigates client-side", async ({ page, request }) => {
  await request.get("/charts/spending"); // make sure the page below is a replay
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`Refused to execute: CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  const res = await page.goto("/charts/spending?utm_source=e2e");
  expect(res?.headers()["x-cache"]).toBe("HIT");
  await expect(page.locator("figure svg").first()).toBeVisible();
  // A client-side navigation (an RSC request with Next's _rsc parameter) keeps the document.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole("navigation", { name: "ناوبری اصلی" }).getByRole("link", { name: "درباره" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("درباره");
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  expect(violations).toEqual([]);
});

test("junk parameters, their order and defaults share one cache entry", async ({ request }) => {
  await request.get("/projects?district=region-6&status=completed&u=1");
  for (const url of ["/projects?status=completed&district=region-6", "/projects?utm_source=x&district=region-6&status=completed&sort=source&q=&page=1"]) {
    const r = await request.get(url);
    expect(r.status()).toBe(200);
    expect(r.headers()["x-cache"]).toBe("HIT");
  }
});

test("readers asking for the same new page at once share one render", async ({ request }) => {
  const url = `/projects?q=${encodeURIComponent(`بوستان ${Date.now()}`)}`;
  const all = await Promise.all(Array.from({ length: 8 }, () => request.get(url)));
  const labels = all.map((r) => r.headers()["x-cache"]);
  // One render: one MISS; the others joined it (SHARED) or, arriving after it, found it (HIT).
  expect(labels.filter((l) => l === "MISS")).toHaveLength(1);
  expect(labels.every((l) => l === "MISS" || l === "SHARED" || l === "HIT")).toBe(true);
  expect(labels.filter((l) => l === "SHARED").length).toBeGreaterThan(0);
  const bodies = await Promise.all(all.map(async (r) => (await r.text()).replaceAll(nonceInCsp(r)!, "N")));
  expect(new Set(bodies).size).toBe(1);
});

test("after a database change the old page is served while a new render replaces it", async ({ request }) => {
  expect((await request.get("/map")).status()).toBe(200);
  const now = new Date();
  fs.utimesSync(DB_FILE, now, new Date(now.getTime() + 1000)); // a new version, same data
  const stale = await request.get("/map");
  expect(stale.headers()["x-cache"]).toBe("STALE");
  await expect.poll(async () => (await request.get("/map")).headers()["x-cache"], { timeout: 10_000 }).toBe("HIT");
});

test("gzip replays decompress to the same page; HEAD has GET's headers and no body", async ({ request }) => {
  const plain = await request.get("/districts/region-1", { headers: { "accept-encoding": "identity" } });
  const gz = await getBytes("/districts/region-1", { "accept-encoding": "gzip, deflate, br" });
  expect(gz.headers["content-encoding"]).toBe("gzip");
  expect(gz.headers["x-cache"]).toBe("HIT");
  expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
  const html = zlib.gunzipSync(gz.body).toString();
  const strip = (s: string) => s.replaceAll(/nonce="[^"]*"|'nonce-[^']*'|nonce\\":\\"[^\\]*/g, "");
  expect(strip(html)).toBe(strip(await plain.text()));
  expect(gz.body.length).toBeLessThan(html.length / 3);
  const head = await request.head("/districts/region-1", { headers: { "accept-encoding": "identity" } });
  expect(head.headers()["content-length"]).toBe(plain.headers()["content-length"]);
  expect((await head.body()).length).toBe(0);
});

test.describe("requests no route answers get 400/405 with the security headers", () => {
  for (const [head, status] of [
    ["GET http://evil.example/about HTTP/1.1", 400],
    ["GET * HTTP/1.1", 400],
    ["TRACE / HTTP/1.1", 405],
    ["CONNECT evil.example:443 HTTP/1.1", 405],
    ["POST /projects HTTP/1.1\r\nContent-Length: 0", 405],
    ["DELETE /api/projects HTTP/1.1", 405],
    ["FOO / HTTP/1.1", 400],
  ] as const) {
    test(head.split("\r\n")[0]!, async () => {
      const r = await raw(head);
      expect(r.status).toBe(status);
      expect(r.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(r.headers["x-content-type-options"]).toBe("nosniff");
      expect(r.headers["x-frame-options"]).toBe("DENY");
      expect(r.headers.location).toBeUndefined();
      if (status === 405) expect(r.headers.allow).toMatch(/^GET, HEAD/);
    });
  }

  test("the methods the edge lets through to /api are exactly those Next's handlers implement", async () => {
    for (const api of ["/api/projects", "/api/amounts", "/api/districts", "/api/charts/spending", "/api/charts/status/png"]) {
      const r = await raw(`OPTIONS ${api} HTTP/1.1`);
      expect(`${api} ${r.status} ${r.headers.allow}`).toBe(`${api} 204 ${API_METHODS.join(", ")}`);
    }
  });
});
