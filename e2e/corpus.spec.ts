import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { CORPUS_DIR, corpusSources } from "./support";

const FILE_NAME = /\.txt|txt_|\b[0-9a-f]{16}\b/;
const CORPUS_FILES = fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".txt"));

test("/articles shows real titles and outlets on every page, never a file name", async ({ page, request }) => {
  await page.goto("/articles");
  const total = 5 + CORPUS_FILES.length;
  await expect(page.getByTestId("article-count")).toContainText(`${new Intl.NumberFormat("fa-IR").format(total)} خبر`);
  const seen: string[] = [];
  for (let n = 1; n < 20; n++) {
    const html = await (await request.get(`/articles?page=${n}`)).text();
    expect(html, `page ${n}`).not.toMatch(FILE_NAME);
    expect(html).not.toContain("کد مطلب");
    await page.goto(`/articles?page=${n}`);
    const items = page.getByTestId("article-item");
    for (const item of await items.all()) {
      const title = (await item.getByRole("link").first().innerText()).trim();
      expect(title.length, title).toBeGreaterThan(10);
      expect(title).not.toMatch(FILE_NAME);
      expect(title).not.toMatch(/^خبر .*\(/); // the «خبر بی‌نام (۹)» fallback
      await expect(item.getByTestId("article-outlet")).not.toHaveText("رسانه‌ی نامشخص");
      seen.push(title);
    }
    if (!(await page.getByRole("link", { name: "صفحه‌ی بعد" }).count())) break;
  }
  expect(seen).toHaveLength(total);
  expect(new Set(seen).size).toBeGreaterThan(total - 3); // a repeated headline is rare
  // A headline, a gold outlet in Persian and a converted Jalali date (1397-06-02 in SOURCES.tsv).
  await page.goto("/articles?outlet=" + encodeURIComponent("قم نیوز (به نقل از خبرگزاری فارس)"));
  const fadak = page.getByTestId("article-item").filter({ hasText: "بهسازی مسیرهای دسترسی بوستان فدک" });
  await expect(fadak).toContainText("۲ شهریور ۱۳۹۷");
});

test("an article page links its original URL: the SOURCES.tsv address for a dev-corpus article", async ({ page }) => {
  const source = corpusSources().get("201_qomnews-region3-parks-fadak.txt");
  expect(source?.url).toMatch(/^https:\/\/qomnews\.ir\//);
  await page.goto("/articles?district=region-3");
  await page.getByRole("link", { name: "بهسازی مسیرهای دسترسی بوستان فدک" }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("بهسازی مسیرهای دسترسی بوستان فدک");
  const link = page.getByTestId("article-source").getByTestId("original-link");
  await expect(link).toHaveAttribute("href", source!.url!);
  await expect(link).toHaveAttribute("rel", "noopener noreferrer nofollow");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(page.getByTestId("article-source")).toContainText("۲ شهریور ۱۳۹۷");
});

test("a seed article links the URL of its sidecar", async ({ page }) => {
  await page.goto("/articles?outlet=" + encodeURIComponent("شهرنیوز"));
  await page.getByTestId("article-item").first().getByRole("link").first().click();
  await expect(page.getByTestId("article-source").getByTestId("original-link")).toHaveAttribute("href", "https://www.qom.ir/FZtEui");
});

test("figures are cited «title — outlet، date» with the original link on project and district pages", async ({ page }) => {
  await page.goto("/districts/region-3");
  const cite = page.getByTestId("source-cite").filter({ hasText: "بهسازی مسیرهای دسترسی بوستان فدک" }).first();
  await expect(cite).toContainText("بهسازی مسیرهای دسترسی بوستان فدک — قم نیوز (به نقل از خبرگزاری فارس)، ۲ شهریور ۱۳۹۷");
  await expect(cite.getByTestId("original-link")).toHaveAttribute("href", corpusSources().get("201_qomnews-region3-parks-fadak.txt")!.url!);
  await page.goto("/projects?district=region-3");
  await page.getByTestId("project-item").first().getByRole("link").first().click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  const projectCite = page.getByTestId("timeline-item").first().getByTestId("source-cite");
  await expect(projectCite).toContainText(" — ");
  await expect(projectCite.getByTestId("original-link")).toHaveAttribute("href", /^https?:\/\//);
  for (const a of await page.locator('a[target="_blank"]').all()) await expect(a).toHaveAttribute("rel", /noopener noreferrer nofollow/);
});

test("/articles filters by district and outlet; bad values fall back, never a 500", async ({ page }) => {
  await page.goto("/articles");
  await page.getByTestId("article-filters").getByLabel("محدوده").selectOption("region-6");
  await page.getByRole("button", { name: "اعمال" }).click();
  await expect(page).toHaveURL(/\/articles\?district=region-6(&outlet=)?$/); // a plain GET form sends the empty outlet
  await expect(page.getByTestId("article-count")).toContainText("منطقه ۶");
  const n = await page.getByTestId("article-item").count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(30);
  for (const qs of ["?page=0", "?page=99999", "?district=x", "?outlet=%E0%A4%A", "?outlet=" + "x".repeat(500)]) {
    const res = await page.goto("/articles" + qs);
    expect(res?.status(), qs).toBe(200);
  }
  // A page past the end is the last page (lib/paging.ts), the same one every time.
  await page.goto("/articles?page=99999");
  await expect(page.getByRole("navigation", { name: "صفحه‌ها" })).toContainText(/صفحه‌ی ([۰-۹]+) از \1/);
  await expect(page.getByTestId("article-item").first()).toBeVisible();
  await page.goto("/articles?outlet=" + encodeURIComponent("no such outlet") + "&page=5");
  await expect(page.getByTestId("no-results")).toBeVisible();
});
