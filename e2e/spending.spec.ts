import { expect, test } from "@playwright/test";

// These hold with the five seeds alone and with the dev corpus seeded as well.
const R6_BUDGET = "۴۴۲ میلیارد ریال (سال ۱۳۹۸)";

test.describe("spending chart", () => {
  test("region 6's budget is drawn, written out and linked to its sentence", async ({ page }) => {
    await page.goto("/charts/spending?district=region-6&kind=budget");
    const chart = page.getByTestId("chart-wide");
    await expect(chart).toBeVisible();
    await expect(chart.locator("text", { hasText: "منطقه ۶" })).toBeVisible();
    await expect(chart).toContainText(`بودجه: ${R6_BUDGET}`);
    const dot = chart.locator("a", { has: page.locator("title", { hasText: `منطقه ۶ — بودجه: ${R6_BUDGET}` }) });
    await expect(dot).toHaveCount(1);
    await dot.click();
    await expect(page).toHaveURL(/\/articles\/\d+#fact-a-\d+$/);
    await expect(page.locator(".fact-anchor:target ~ mark")).toContainText("۴۴۲ میلیارد ریال");
  });

  test("the joint figure of regions 2 and 6 is one mark on its own row, never split; kinds are separate marks", async ({ page }) => {
    await page.goto("/charts/spending?district=region-2");
    const chart = page.getByTestId("chart-wide");
    await expect(chart.locator("a title", { hasText: /^مناطق ۲ و ۶ — اعتبار: ۴٬۷۰۰ میلیارد ریال/ })).toHaveCount(1);
    await expect(chart.locator("a title", { hasText: /^مناطق ۲ و ۶ — نیاز اعتباری: بیش از ۱٬۵۰۰ میلیارد ریال/ })).toHaveCount(1);
    await expect(chart.locator("a title", { hasText: /^منطقه ۲ — .*۴٬۷۰۰/ })).toHaveCount(0);
  });

  test("the toman switch divides by ten and is kept in the URL", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("unit-switch").first().getByRole("link", { name: "میلیارد تومان" }).click();
    await expect(page).toHaveURL(/unit=toman/);
    const wide = page.getByTestId("spending-block").getByTestId("chart-wide");
    await expect(wide.locator("a title", { hasText: "مناطق ۲ و ۶ — اعتبار: ۴۷۰ میلیارد تومان" })).toHaveCount(1);
    await page.reload();
    await expect(wide.locator("a title", { hasText: "مناطق ۲ و ۶ — اعتبار: ۴۷۰ میلیارد تومان" })).toHaveCount(1);
    await expect(page.getByTestId("spending-block").getByTestId("spending-table")).toContainText("میلیارد تومان");
  });

  test("the home page's chart is server-rendered SVG with one link per figure", async ({ request }) => {
    const html = await (await request.get("/")).text();
    const start = html.indexOf('data-testid="spending-block"');
    const svg = html.slice(html.indexOf('data-testid="chart-wide"', start), html.indexOf("</svg>", html.indexOf('data-testid="chart-wide"', start)));
    expect(svg).toContain("مناطق ۲ و ۶");
    const links = svg.match(/<a href="\/articles\/\d+#fact-a-\d+"/g) ?? [];
    expect(links.length).toBeGreaterThanOrEqual(4);
  });
});

test.describe("spending table", () => {
  test("sorting and paging live in the URL: reload keeps them, Back undoes them", async ({ page }) => {
    await page.goto("/charts/spending");
    const table = page.getByTestId("spending-table");
    const amounts = async () => (await table.getByTestId("figure-amount").allTextContents()).map((t) => t.trim());
    const byAmount = await amounts();
    expect(byAmount.length).toBeGreaterThanOrEqual(4);
    await expect(table.locator("th[aria-sort=descending]")).toContainText("مبلغ");
    await table.getByRole("link", { name: /^مبلغ/ }).click();
    await expect(page).toHaveURL(/\/charts\/spending\?sort=amount-asc#figures$/);
    await expect(table.locator("th[aria-sort=ascending]")).toContainText("مبلغ");
    const asc = await amounts();
    expect(asc).not.toEqual(byAmount);
    await table.getByRole("link", { name: "محدوده" }).click();
    await expect(page).toHaveURL(/sort=district#figures$/);
    const first = await table.locator("tbody tr").first().locator("th").textContent();
    expect(first).toMatch(/^منطقه /);
    await page.reload();
    await expect(page).toHaveURL(/sort=district/);
    await expect(table.locator("tbody tr").first().locator("th")).toHaveText(first!);
    await page.goBack();
    await expect(page).toHaveURL(/sort=amount-asc/);
    await expect.poll(amounts).toEqual(asc);
    await page.goBack();
    await expect(page).toHaveURL(/\/charts\/spending$/);
    await expect.poll(amounts).toEqual(byAmount);
  });

  test("pages hold 20 figures; the next page follows on, and bad values fall back", async ({ page, request }) => {
    await page.goto("/charts/spending?sort=kind");
    const table = page.getByTestId("spending-table");
    const rows = await table.locator("tbody tr").count();
    expect(rows).toBeLessThanOrEqual(20);
    const next = page.getByRole("link", { name: "صفحه‌ی بعد" });
    if (rows === 20) {
      await next.click();
      await expect(page).toHaveURL(/sort=kind&page=2#figures$/);
      await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText("۲۱");
      await page.goBack();
      await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText("۱");
    } else await expect(next).toHaveCount(0);
    for (const qs of ["?sort=%27;drop", "?page=-4", "?page=99999999", "?sort[]=kind&page=abc"]) {
      const res = await request.get(`/charts/spending${qs}`);
      expect(res.status(), qs).toBe(200);
    }
    await page.goto("/charts/spending?sort=nonsense");
    await expect(table.locator("th[aria-sort=descending]")).toContainText("مبلغ");
  });

  test("every figure links to its sentence, and a figure reported twice is listed once with its sources", async ({ page }) => {
    await page.goto("/charts/spending?district=region-6&kind=budget");
    const row = page.getByTestId("spending-table").locator("tbody tr", { hasText: "۴۴۲ میلیارد ریال" });
    await expect(row).toHaveCount(1);
    await expect(row.locator("td").nth(3)).toHaveText("۱۳۹۸");
    await row.getByRole("link").first().click();
    await expect(page).toHaveURL(/\/articles\/\d+#fact-a-\d+$/);
    await expect(page.locator(".fact-anchor:target ~ mark")).toContainText("۴۴۲ میلیارد ریال");
  });
});
