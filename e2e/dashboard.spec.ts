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
