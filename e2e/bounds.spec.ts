// Issue 13 on a database of its own: the worst case the ingest limits allow (≈ 10,000 figures and
// projects from 34 articles at the fact caps, one of them at the 200 kB size limit), plus an article
// whose title, outlet and project name carry unclosed direction controls. A second server (`npm
// start`'s, on E2E_PORT + 1) serves it. Every route must stay under its stated cap
// (scripts/lib/page-caps.ts, docs/bounds.md), and no page may let a third-party string turn the
// dashboard's own words around.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { seedWorstCaseDb, type WorstCaseDb } from "../scripts/bench-lib/worst-case-db";
import { capPath, PAGE_CAPS } from "../scripts/lib/page-caps";
import { startServer, type AppServer } from "../scripts/lib/server";
import { reversedRuns } from "./bidi-check";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
let dir = "";
let server: AppServer;
let db: WorstCaseDb;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "qom-bounds-"));
  db = seedWorstCaseDb(path.join(dir, "worst.db"), { bidi: true });
  // SEARCH_MATCH_CAP 5,000: «شماره» (in every worst-case name, ≈ 10,000) is refused, «بوستان» (≈ 1,700) is not
  server = await startServer({ port: PORT, dbFile: path.join(dir, "worst.db"), server: "cached", env: { SEARCH_MATCH_CAP: "5000" } });
});

test.afterAll(async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test.describe("every route stays under its cap at the worst case", () => {
  for (const route of PAGE_CAPS) {
    test(`${route.path} ≤ ${route.capKb} kB`, async ({ request }) => {
      const url = server.url + capPath(route, { article: db.largestArticleId, project: db.bidi!.projectId });
      const res = await request.get(url, { timeout: 60_000 });
      expect(res.status()).toBe(200);
      const bytes = (await res.body()).byteLength;
      expect(bytes, `${route.path}: ${(bytes / 1024).toFixed(0)} kB (reads ${route.reads})`).toBeLessThanOrEqual(route.capKb * 1024);
    });
  }

  test("the amount export says how many pages there are and links the next one", async ({ request }) => {
    const res = await request.get(`${server.url}/api/amounts?format=csv&page=2`);
    const total = Number(res.headers()["x-total-count"]);
    expect(total).toBeGreaterThan(10_000);
    expect(res.headers()["x-page"]).toBe("2");
    expect(res.headers()["x-page-count"]).toBe(String(Math.ceil(total / 500)));
    expect(res.headers()["link"]).toContain("/api/amounts?format=csv&page=3>; rel=\"next\"");
    // 500 rows (a quote may hold a line break, so count their links to our sentences instead).
    expect((await res.text()).match(/\/articles\/\d+#fact-a-\d+/g)?.length).toBe(500);
    const json = await (await request.get(`${server.url}/api/amounts?page=100000`)).json();
    expect(json).toMatchObject({ total, page: Math.ceil(total / 500), pages: Math.ceil(total / 500), next: null });
    expect(json.amounts).toHaveLength(total - (json.pages - 1) * 500);
  });

  test("a page past the end shows the last page", async ({ page }) => {
    await page.goto(`${server.url}/projects?page=100000`);
    const nav = page.getByRole("navigation", { name: "صفحه‌ها" });
    const last = await nav.textContent();
    expect(last).toMatch(/صفحه‌ی ([۰-۹٬]+) از \1/);
    await expect(page.getByTestId("project-item").first()).toBeVisible();
    await page.goto(`${server.url}/articles?page=100000`);
    await expect(page.getByRole("navigation", { name: "صفحه‌ها" })).toContainText(/صفحه‌ی ([۰-۹]+) از \1/);
    await expect(page.getByTestId("article-item").first()).toBeVisible();
    await page.goto(`${server.url}/changes?page=100000`);
    await expect(page.getByRole("navigation", { name: "صفحه‌ها" })).toContainText(/صفحه‌ی ([۰-۹]+) از \1/);
    await expect(page.getByTestId("change-article").first()).toBeVisible();
  });

  test("/changes shows an article's first 12 changes and links the rest to the article", async ({ page }) => {
    await page.goto(`${server.url}/changes`);
    const articles = await page.getByTestId("change-article").all();
    let linked = 0;
    for (const a of articles) {
      expect(await a.getByTestId("change").count()).toBeLessThanOrEqual(12);
      const more = a.getByTestId("change-more");
      if (await more.count()) {
        expect(await a.getByTestId("change").count()).toBe(12);
        await expect(more).toContainText(/و [۰-۹٬]+ تغییر دیگر/);
        await expect(more.getByRole("link")).toHaveAttribute("href", /^\/articles\/\d+$/);
        linked += 1;
      }
    }
    expect(linked).toBeGreaterThan(0);
  });
});

test.describe("a search too broad to count (SEARCH_MATCH_CAP, docs/bounds.md)", () => {
  test("is refused with a message in Persian, its facets carry no counts, and the API answers 400", async ({ page, request }) => {
    await page.goto(`${server.url}/projects?q=${encodeURIComponent("شماره")}`);
    const refusal = page.getByTestId("search-too-broad");
    await expect(refusal).toContainText("«شماره» در بیش از ۵٬۰۰۰ نامِ پروژه آمده است");
    await expect(refusal).toContainText("واژه‌ی دقیق‌تری بنویسید");
    await expect(page.getByTestId("project-list")).toHaveCount(0);
    // no number stands for the whole: not beside the title, not beside any filter
    await expect(page.getByTestId("result-count")).not.toContainText(/[۰-۹0-9]/);
    await expect(page.getByTestId("result-count")).toContainText("«شماره»");
    await expect(page.locator("#filters li")).not.toHaveCount(0);
    await expect(page.locator("#filters li .tabular-nums")).toHaveCount(0);
    const api = await request.get(`${server.url}/api/projects?q=${encodeURIComponent("شماره")}`);
    expect(api.status()).toBe(400);
    expect(await api.json()).toMatchObject({ parameter: "q", limit: 5000 });
  });

  test("a narrower search on the same server is counted and listed as usual", async ({ page }) => {
    await page.goto(`${server.url}/projects?q=${encodeURIComponent("بوستان")}`);
    await expect(page.getByTestId("search-too-broad")).toHaveCount(0);
    await expect(page.getByTestId("result-count")).toContainText(/[۰-۹]+ پروژه/);
    await expect(page.getByTestId("project-list").locator("li").first()).toBeVisible();
    await expect(page.locator("#filters li .tabular-nums").first()).toBeVisible();
  });
});

test.describe("third-party text cannot turn our labels around", () => {
  const pages = () => [
    ["/", "اشاره به بوستان"],
    ["/projects?q=%DB%8C%D8%A7%D8%B3", "یاس‌آبی"],
    [`/projects/${db.bidi!.projectId}`, "یاس‌آبی"],
    ["/districts/region-3", "اشاره به بوستان"],
    ["/articles", "اشاره به بوستان"],
    ["/charts/spending", "اشاره به بوستان"],
  ] as const;

  test("the hostile title, outlet and project name are shown, isolated, and every word of ours still reads right to left", async ({ page }) => {
    test.setTimeout(120_000);
    for (const [p, shown] of pages()) {
      await page.goto(server.url + p);
      await expect(page.getByText(shown).first(), p).toBeVisible();
      expect(await reversedRuns(page), p).toEqual([]);
      await expect(page.locator("bdi", { hasText: shown }).first(), p).toBeVisible();
    }
  });
});
