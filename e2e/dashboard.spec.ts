import { expect, test } from "@playwright/test";

test.describe("projects filtered by district", () => {
  test("choosing region 6 changes the URL, survives reload and Back undoes it", async ({ page }) => {
    await page.goto("/projects");
    const all = await page.getByTestId("project-item").count();
    await page.getByTestId("facet-district-region").getByRole("link", { name: /منطقه ۶/ }).click();
    await expect(page).toHaveURL(/\/projects\?district=region-6$/);
    const list = page.getByTestId("project-list");
    await expect(list).toContainText("بوستان شاهد");
    await expect(list).toContainText("خیابان گلشن");
    await expect(list).not.toContainText("رمپ حکیم");
    await expect(list).not.toContainText("نهضت ملی مسکن");
    const inRegion6 = await page.getByTestId("project-item").count();
    expect(inRegion6).toBeLessThan(all);
    // Every listed project names region 6 or a neighbourhood inside it.
    for (const item of await page.getByTestId("project-item").all()) {
      await expect(item).toContainText(/منطقه ۶|نیروگاه|سید معصوم/);
    }
    await page.reload();
    await expect(page).toHaveURL(/district=region-6/);
    await expect(page.getByTestId("project-item")).toHaveCount(inRegion6);
    await page.goBack();
    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByTestId("project-item")).toHaveCount(all);
  });

  test("a filter with no results says so and offers to clear it", async ({ page }) => {
    await page.goto("/projects?district=region-3&q=" + encodeURIComponent("زیردریایی"));
    await expect(page.getByTestId("no-results")).toContainText("هیچ پروژه‌ای با این فیلترها پیدا نشد");
    await page.getByTestId("no-results").getByRole("link").click();
    await expect(page).toHaveURL(/\/projects$/);
  });

  test("search ignores ی/ي and ک/ك differences", async ({ page }) => {
    await page.goto("/projects?q=" + encodeURIComponent("پيادهراه"));
    await expect(page.getByTestId("project-list")).toContainText("طالقانی");
  });

  test("bad query values fall back to defaults, never a 500", async ({ page }) => {
    for (const qs of ["?district=region-99", "?page=-5", "?page=999999999999", "?sort=%27;DROP", "?status[]=x&unit=usd", "?q=%E0%A4%A"]) {
      const res = await page.goto("/projects" + qs);
      expect(res?.status(), qs).toBeLessThan(500);
    }
  });
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("district filter links and the search form still filter", async ({ page }) => {
    await page.goto("/projects");
    await page.getByTestId("facet-district-region").getByRole("link", { name: /منطقه ۶/ }).click();
    await expect(page).toHaveURL(/district=region-6/);
    await expect(page.getByTestId("project-list")).toContainText("بوستان شاهد");
    await page.getByRole("searchbox").fill("آسفالت");
    await page.getByRole("button", { name: "اعمال" }).click();
    await expect(page).toHaveURL(/district=region-6/);
    await expect(page).toHaveURL(/q=/);
    await expect(page.getByTestId("project-list")).toContainText("خیابان گلشن");
    await expect(page.getByTestId("project-list")).not.toContainText("بوستان شاهد");
  });
});

test("the spending chart is server-rendered SVG in the HTML, one bar per figure", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const start = html.indexOf('data-testid="spending-districts"');
  const section = html.slice(start, html.indexOf("</figure>", start));
  const svg = section.slice(section.indexOf('data-testid="static-chart"'), section.indexOf("</svg>"));
  const bars = [...svg.matchAll(/<rect [^>]*><title>([^<]*)<\/title>/g)].map((m) => m[1] ?? "");
  // One bar per figure of the section's table, never merged.
  expect(bars.length).toBeGreaterThan(3);
  expect(bars).toHaveLength(section.match(/font-bold tabular-nums/g)?.length ?? 0);
  // Region 6's budget and the joint regions 2 and 6 credit and need are three bars of their own.
  expect(bars.filter((t) => /^منطقه ۶( \(.+\))? — بودجه: ۴۴۲ میلیارد ریال/.test(t))).toHaveLength(1);
  const joint = bars.filter((t) => t.startsWith("مناطق ۲ و ۶ — "));
  expect(joint.some((t) => t.includes("اعتبار: ۴٬۷۰۰ میلیارد ریال"))).toBe(true);
  expect(joint.some((t) => /نیاز اعتباری: بیش از ۱٬۵۰۰ میلیارد ریال/.test(t))).toBe(true);
});

/** The spending table's row for region 6 that holds its ۴۴۲ billion rial budget (the seed figure). */
function region6BudgetCell(page: import("@playwright/test").Page) {
  const table = page.getByTestId("spending-districts").getByTestId("spending-table");
  return table.locator("tr", { has: page.locator("th", { hasText: /^منطقه ۶( \(.+\))?$/ }) }).locator("td[data-kind=budget]", { hasText: "۴۴۲ میلیارد ریال" });
}

test.describe("spending per district", () => {
  test("the table lists region 6's budget and the joint regions 2 and 6 credit", async ({ page }) => {
    await page.goto("/");
    const table = page.getByTestId("spending-districts").getByTestId("spending-table");
    await expect(region6BudgetCell(page)).toHaveCount(1);
    await expect(region6BudgetCell(page)).toContainText("۱۳۹۸");
    const joint = table.locator("tr", { has: page.locator("th", { hasText: "مناطق ۲ و ۶" }) });
    await expect(joint.locator("td[data-kind=credit]")).toContainText("۴٬۷۰۰ میلیارد ریال");
    await expect(joint.locator("td[data-kind=need]")).toContainText("بیش از");
    // Pointing at the chart loads recharts, which takes over the chart (with tooltips).
    await page.getByTestId("spending-districts").locator("svg").first().hover();
    await expect(page.getByTestId("spending-districts").locator("svg.recharts-surface[role=application]")).toBeVisible();
  });

  test("the toman switch divides by ten and is kept in the URL", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("unit-switch").first().getByRole("link", { name: "میلیارد تومان" }).click();
    await expect(page).toHaveURL(/unit=toman/);
    const joint = page.getByTestId("spending-districts").locator("tr", { has: page.locator("th", { hasText: "مناطق ۲ و ۶" }) });
    await expect(joint.locator("td[data-kind=credit]")).toContainText("۴۷۰ میلیارد تومان");
    await page.reload();
    await expect(joint.locator("td[data-kind=credit]")).toContainText("۴۷۰ میلیارد تومان");
  });

  test("a figure's source link lands on the highlighted sentence", async ({ page }) => {
    await page.goto("/");
    await region6BudgetCell(page).getByTestId("source-cite").first().getByRole("link").first().click();
    await expect(page).toHaveURL(/\/articles\/\d+#fact-a-\d+$/);
    const target = page.locator(":target");
    await expect(target).toHaveCount(1);
    const mark = page.locator(".fact-anchor:target ~ mark");
    await expect(mark).toContainText("۴۴۲ میلیارد ریال");
    await expect(mark).toBeInViewport();
    const bg = await page.locator(".sentence:has(:target)").evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).not.toBe("rgba(0, 0, 0, 0)");
  });
});

test.describe("project and district pages", () => {
  test("a project page shows status, districts, quote and source", async ({ page }) => {
    await page.goto("/projects?district=region-6&q=" + encodeURIComponent("بوستان شاهد"));
    await page.getByTestId("project-list").getByRole("link", { name: /بوستان شاهد/ }).first().click();
    await expect(page).toHaveURL(/\/projects\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("بوستان شاهد");
    await expect(page.locator("blockquote mark")).toContainText("بوستان شاهد");
    await expect(page.locator("main")).toContainText("منطقه ۶");
  });

  test("a district page shows its figures, projects and coverage; unknown slugs are 404", async ({ page }) => {
    await page.goto("/districts/region-6");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("منطقه ۶");
    await expect(page.getByTestId("coverage")).toContainText("خبرهای مرتبط");
    await expect(page.locator("main")).toContainText("۴۴۲ میلیارد ریال");
    await expect(page.locator("main")).toContainText("بوستان شاهد");
    await page.goto("/districts/region-4");
    await expect(page.locator("main")).toContainText("گزارش نشده");
    const res = await page.goto("/districts/region-9");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("صفحه پیدا نشد");
  });
});
