import { expect, test } from "@playwright/test";
import { E2E_SITE_URL } from "./support";

// The e2e server runs with SITE_URL set (playwright.config.ts), as a deployment does.
const PAGES = ["/", "/projects", "/projects?district=region-6", "/charts/spending", "/charts/spending?kind=credit&unit=toman", "/articles", "/districts/region-6", "/map", "/about"];
const EXPORTS = [
  "/api/projects", "/api/projects?format=csv", "/api/amounts", "/api/amounts?format=csv", "/api/districts", "/api/districts?format=csv",
  "/api/charts/spending", "/api/charts/spending?format=csv", "/api/charts/spending?format=csv&full=1", "/api/charts/coverage", "/api/charts/spending/svg",
];

test("with SITE_URL set, no page or export names localhost", async ({ request }) => {
  const article = (await (await request.get("/api/amounts")).json()).amounts[0].source as string;
  const project = (await (await request.get("/api/projects")).json()).projects[0].source as string;
  expect(article.startsWith(`${E2E_SITE_URL}/articles/`)).toBe(true);
  expect(project.startsWith(`${E2E_SITE_URL}/articles/`)).toBe(true);
  const articlePath = new URL(article).pathname;
  for (const path of [...PAGES, articlePath, ...EXPORTS]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const body = await res.text();
    expect(body, path).not.toMatch(/localhost|127\.0\.0\.1/);
  }
});

test("link previews, canonical URLs and the chart citation use SITE_URL", async ({ page }) => {
  await page.goto("/charts/spending?kind=credit&unit=toman");
  for (const sel of ['meta[property="og:url"]', 'meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    await expect(page.locator(sel), sel).toHaveAttribute("content", new RegExp(`^${E2E_SITE_URL}/`));
  }
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${E2E_SITE_URL}/charts/spending?kind=credit&unit=toman`);
  await expect(page.getByTestId("citation")).toContainText(`${E2E_SITE_URL}/charts/spending?kind=credit&unit=toman`);
  const json = await (await page.request.get("/api/charts/spending?kind=credit&unit=toman")).json();
  expect(json.url).toBe(`${E2E_SITE_URL}/charts/spending?kind=credit&unit=toman`);
  const hrefs = json.rows.flatMap((r: { sources: { href: string }[] }) => r.sources.map((s) => s.href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(new RegExp(`^${E2E_SITE_URL}/articles/\\d+#fact-a-\\d+$`));
  await page.goto(new URL(article(json)).pathname);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`^${E2E_SITE_URL}/articles/\\d+$`));
});

function article(json: { rows: { sources: { href: string }[] }[] }): string {
  return json.rows[0]!.sources[0]!.href;
}
