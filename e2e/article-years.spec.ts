import { expect, test, type Page } from "@playwright/test";

// «خبرها در هر سال» on /articles: a recharts bar chart loaded in the browser, beside a table that
// holds every value. It counts the articles the list shows, under the same filters.
const fromFa = (s: string) => Number(s.trim().replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))).replace(/[^0-9]/g, ""));

async function tableCounts(page: Page): Promise<Map<string, number>> {
  const chart = page.getByTestId("years-chart");
  await chart.locator("summary").click();
  const rows = await chart.getByTestId("years-table").locator("tbody tr").all();
  const out = new Map<string, number>();
  for (const r of rows) out.set(String(fromFa(await r.locator("td").nth(0).innerText())), fromFa(await r.locator("td").nth(1).innerText()));
  return out;
}

async function leftOut(page: Page): Promise<number> {
  const note = page.getByTestId("years-left-out");
  if (!(await note.count())) return 0;
  // «N خبر پیش از سال Y …» and «N خبر بی‌تاریخ …»: the counts come first in each sentence
  return [...(await note.innerText()).matchAll(/([۰-۹]+) خبر/g)].reduce((s, m) => s + fromFa(m[1]!), 0);
}

test("the per-year counts add up to the list's total, with undated articles said apart", async ({ page }) => {
  await page.goto("/articles");
  const total = fromFa((await page.getByTestId("article-count").innerText()).split("خبر")[0]!);
  const counts = await tableCounts(page);
  expect(counts.get("1397")).toBeGreaterThanOrEqual(1); // the Fadak park article, 2 Shahrivar 1397
  const years = [...counts.keys()].map(Number);
  expect(years).toEqual([...years].sort((a, b) => a - b)); // oldest first, no gaps
  expect(years.at(-1)! - years[0]! + 1).toBe(years.length);
  expect([...counts.values()].reduce((s, n) => s + n, 0) + (await leftOut(page))).toBe(total);
  await expect(page.getByTestId("years-left-out")).toContainText("بی‌تاریخ");
});

test("the chart follows the list's filters", async ({ page }) => {
  await page.goto("/articles?outlet=" + encodeURIComponent("قم نیوز (به نقل از خبرگزاری فارس)"));
  const total = fromFa((await page.getByTestId("article-count").innerText()).split("خبر")[0]!);
  const counts = await tableCounts(page);
  expect([...counts.values()].reduce((s, n) => s + n, 0) + (await leftOut(page))).toBe(total);
  await page.goto("/articles");
  const all = await tableCounts(page);
  expect([...counts.values()].reduce((s, n) => s + n, 0)).toBeLessThan([...all.values()].reduce((s, n) => s + n, 0));
});

test("recharts draws one bar per year with articles; pointing at one tells its year and count, as the table does", async ({ page }) => {
  await page.goto("/articles");
  const chart = page.getByTestId("years-chart");
  const bars = chart.locator(".recharts-bar-rectangle path");
  await expect(bars.first()).toBeVisible(); // loaded after the page, in the browser
  const counts = await tableCounts(page);
  await expect(bars).toHaveCount([...counts.values()].filter((n) => n > 0).length);
  // the tallest bar
  const boxes = await Promise.all((await bars.all()).map(async (b) => ({ b, box: (await b.boundingBox())! })));
  const tallest = boxes.sort((x, y) => y.box.height - x.box.height)[0]!;
  await tallest.b.hover();
  const tip = chart.locator(".recharts-tooltip-wrapper");
  await expect(tip).toContainText("سال ");
  const text = await tip.innerText();
  const year = String(fromFa(text.match(/سال ([۰-۹]+)/)![1]!));
  const n = fromFa(text.match(/([۰-۹]+) خبر/)![1]!);
  expect(n).toBe(Math.max(...counts.values()));
  expect(counts.get(year)).toBe(n);
});

test("the home page does not load recharts", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() === "script") scripts.push(await r.text().catch(() => ""));
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.some((s) => s.includes("recharts-bar-rectangle"))).toBe(false);
  await page.goto("/articles");
  await expect(page.getByTestId("years-chart").locator(".recharts-bar-rectangle path").first()).toBeVisible();
  expect(scripts.some((s) => s.includes("recharts-bar-rectangle"))).toBe(true);
});
