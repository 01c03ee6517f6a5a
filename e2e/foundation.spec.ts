import { expect, test } from "@playwright/test";
import { NOT_FOUND, SITE } from "../lib/strings";

test("home page is right-to-left Persian in Vazirmatn", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "fa");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SITE.title);
  const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(font.toLowerCase()).toContain("vazirmatn");
  // The font file must really load, not just be named.
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => [...document.fonts].some((f) => f.family.toLowerCase().includes("vazirmatn") && f.status === "loaded"));
  expect(loaded).toBe(true);
  const direction = await page.evaluate(() => getComputedStyle(document.querySelector("main")!).direction);
  expect(direction).toBe("rtl");
  await expect(page.getByRole("navigation", { name: "ناوبری اصلی" }).getByRole("link")).toHaveText(["نمای کلی", "پروژه‌ها", "تازه‌ها", "نقشه", "منابع", "درباره"]);
});

test("article list: newest first with outlet and Jalali date; the seeds are among the corpus", async ({ page }) => {
  await page.goto("/articles");
  const first = page.getByTestId("article-item").first();
  // Seed 002 (18 Aban 1404) is the newest dated article of seeds and dev corpus alike.
  await expect(first).toContainText("تعامل سازمان ساماندهی مشاغل شهری شهرداری قم");
  await expect(first).toContainText("شهرنیوز");
  await expect(first).toContainText("۱۸ آبان ۱۴۰۴");
  await page.goto("/articles?outlet=" + encodeURIComponent("تسنیم"));
  await expect(page.getByTestId("article-item")).toHaveCount(1);
  await expect(page.getByTestId("article-list")).toContainText("از نقش سازمان همیاری شهرداریها در پروژهها");
});

test("an article page shows its text with highlighted places", async ({ page }) => {
  await page.goto("/articles?outlet=" + encodeURIComponent("کانون قم"));
  await page.getByRole("link", { name: /نهضت ملی مسکن/ }).click();
  await expect(page).toHaveURL(/\/articles\/\d+$/);
  await expect(page.locator("article")).toContainText("بهنامجو استاندار قم در این نشست");
  const place = page.locator("mark[data-fact~=place]", { hasText: "استان قم" }).first();
  await expect(place).toBeVisible();
  expect(await place.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
  expect(await page.locator("mark[data-fact~=place]").count()).toBeGreaterThan(1);
});

test("an unknown article id shows the Persian 404", async ({ page }) => {
  for (const path of ["/articles/999999", "/articles/abc", "/no-such-page"]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NOT_FOUND.title);
  }
});
