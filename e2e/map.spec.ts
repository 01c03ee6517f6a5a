import { expect, test, type Page } from "@playwright/test";
import { placeLabel, REGION_SLUGS } from "../lib/districts";
import { MAP_METRIC_LABELS, MAP_STRINGS } from "../lib/geo/labels";
import { ATTRIBUTION, KIND_LABELS } from "../lib/strings";

const region = (page: Page, slug: string) => page.getByTestId("city-schematic").locator(`a[data-slug="${slug}"]`);

async function expectMapDrawn(page: Page) {
  await expect(page.getByTestId("province-map").locator("[data-county]")).toHaveCount(3);
  await expect(page.getByTestId("city-schematic").locator('a[data-slug^="region-"]')).toHaveCount(8);
  for (const slug of REGION_SLUGS) {
    await expect(page.getByRole("link", { name: new RegExp(`^${placeLabel(slug)} `) })).toHaveAttribute("href", `/projects?district=${slug}`);
  }
}

test.describe("map", () => {
  test("draws the province with three counties, the towns, the inset and eight schematic regions", async ({ page }) => {
    await page.goto("/map");
    await expectMapDrawn(page);
    const province = page.getByTestId("province-map");
    for (const slug of ["city", "kahak", "jafariyeh", "qanavat", "salafchegan", "dastjerd"]) {
      await expect(province.locator(`a[data-slug="${slug}"]`)).toContainText(placeLabel(slug));
    }
    await expect(province.locator("[data-neighbour]")).toHaveCount(4);
    await expect(page.getByTestId("iran-inset")).toBeVisible();
    await expect(page.getByTestId("schematic-caption")).toContainText("طرح‌واره");
    // Neighbourhoods sit in their region's tile: Niroogah in region 6.
    await expect(page.getByTestId("city-schematic").locator('a[data-slug="niroogah"]')).toContainText(placeLabel("niroogah"));
    for (const line of Object.values(ATTRIBUTION)) await expect(page.getByTestId("map-attribution")).toContainText(line);
  });

  test("colours region 6 as reported, unlike a place without reports, and the legend tells them apart", async ({ page }) => {
    for (const url of ["/map", "/map?metric=articles", "/map?metric=amount"]) {
      await page.goto(url);
      await expect(region(page, "region-6")).toHaveAttribute("data-state", "value");
      await expect(page.getByTestId("map-legend").locator('[data-legend="none"]')).toContainText(MAP_STRINGS.noReports);
    }
    // With the dev corpus every place is mentioned somewhere (no "none" left to draw); the credit
    // figures still leave places without a figure, and those are drawn unlike region 6.
    await page.goto("/map?metric=amount");
    const empty = page.getByTestId("city-schematic").locator('a[data-slug]:not([data-state="value"])');
    expect(await empty.count()).toBeGreaterThan(0);
    const fill = (a: import("@playwright/test").Locator) => a.locator("rect").first().getAttribute("fill");
    expect(await fill(region(page, "region-6"))).not.toBe(await fill(empty.first()));
  });

  test("hover shows a region's figures; clicking it lands on its projects", async ({ page }) => {
    await page.goto("/map");
    const panel = page.getByTestId("figures-panel");
    await expect(panel.locator('[data-fig="hint"]')).toBeVisible();
    await region(page, "region-6").locator("text").first().hover();
    await expect(panel.locator('[data-fig="region-6"]')).toBeVisible();
    await expect(panel.locator('[data-fig="region-6"]')).toContainText(placeLabel("region-6"));
    await expect(panel.locator('[data-fig="hint"]')).toBeHidden();
    await region(page, "region-6").locator("text").first().click();
    await expect(page).toHaveURL(/\/projects\?district=region-6$/);
  });

  test("keyboard focus reaches every region, and Enter follows the link", async ({ page }) => {
    await page.goto("/map");
    const seen = new Set<string>();
    for (let i = 0; i < 120 && REGION_SLUGS.some((s) => !seen.has(s)); i++) {
      await page.keyboard.press("Tab");
      const slug = await page.evaluate(() => document.activeElement?.getAttribute("data-slug") ?? null);
      if (slug) seen.add(slug);
      if (slug === "region-6") await expect(page.getByTestId("figures-panel").locator('[data-fig="region-6"]')).toBeVisible();
    }
    expect([...seen].filter((s) => s.startsWith("region-")).sort()).toEqual([...REGION_SLUGS].sort());
    await region(page, "region-6").focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/projects\?district=region-6$/);
  });

  test("the metric lives in the URL; amount defaults to credit and leaves it out", async ({ page }) => {
    await page.goto("/map");
    await page.getByRole("link", { name: MAP_METRIC_LABELS.articles }).click();
    await expect(page).toHaveURL(/\/map\?metric=articles$/);
    await expect(page.getByTestId("map-legend")).toContainText(MAP_METRIC_LABELS.articles);
    await page.getByRole("link", { name: MAP_METRIC_LABELS.amount }).click();
    await expect(page).toHaveURL(/\/map\?metric=amount$/);
    await expect(page.getByTestId("map-legend")).toContainText(KIND_LABELS.credit);
    await page.goto("/map?metric=nonsense&kind=nonsense");
    await expect(page.getByTestId("qom-map")).toHaveAttribute("data-metric", "projects");
  });
});

test.describe("map without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("renders server-side, with working links and a CSS-only figures panel", async ({ page }) => {
    await page.goto("/map");
    await expectMapDrawn(page);
    await region(page, "region-6").locator("text").first().hover();
    await expect(page.getByTestId("figures-panel").locator('[data-fig="region-6"]')).toBeVisible();
    await region(page, "region-6").locator("text").first().click();
    await expect(page).toHaveURL(/\/projects\?district=region-6$/);
  });
});
