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
    // (A chip too narrow for the whole name shows it cut with «…»; the link's name is whole.)
    const niroogah = page.getByTestId("city-schematic").locator('a[data-slug="niroogah"]');
    await expect(niroogah).toHaveAttribute("aria-label", new RegExp(`^${placeLabel("niroogah")} `));
    await expect(niroogah).toContainText(placeLabel("niroogah").slice(0, 3));
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

test.describe("map on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("a tap shows the place's figures in reach, with a link to its projects; a second tap opens them", async ({ page }) => {
    await page.goto("/map");
    // before hydration a tap follows the link, as without JavaScript (seen under load in CI)
    await expect(page.locator('.qmap[data-tap-select="on"]').first()).toBeAttached();
    await region(page, "region-6").locator("rect").first().tap();
    await expect(page).toHaveURL(/\/map$/);
    const panel = page.getByTestId("figures-panel");
    const block = panel.locator('[data-fig="region-6"]');
    await expect(block).toBeVisible();
    await expect(block).toBeInViewport();
    await expect(block).toContainText(placeLabel("region-6"));
    await expect(block).toContainText(MAP_STRINGS.projects);
    // Another place replaces it; the close button hides the sheet.
    await region(page, "region-3").locator("rect").first().tap();
    await expect(panel.locator('[data-fig="region-3"]')).toBeInViewport();
    await expect(block).toBeHidden();
    await panel.getByRole("button", { name: MAP_STRINGS.closePanel }).tap();
    await expect(panel.locator('[data-fig="region-3"]')).toBeHidden();
    await region(page, "region-6").locator("rect").first().tap();
    await block.getByTestId("panel-projects").tap();
    await expect(page).toHaveURL(/\/projects\?district=region-6$/);
    await page.goBack();
    await expect(page.locator('.qmap[data-tap-select="on"]').first()).toBeAttached();
    await region(page, "region-6").locator("rect").first().tap();
    await region(page, "region-6").locator("rect").first().tap();
    await expect(page).toHaveURL(/\/projects\?district=region-6$/);
  });

  test("map labels fit their tiles and chips with the fallback font, and never overlap", async ({ page }) => {
    await page.route(/\.woff2$/, (route) => route.abort());
    for (const url of ["/map", "/map?metric=amount"]) {
      await page.goto(url);
      const problems = await page.getByTestId("city-schematic").evaluate((svg) => {
        const out: string[] = [];
        const labels = [...svg.querySelectorAll<SVGTextElement>("text.qmap-label")];
        for (const t of labels) {
          const shape = t.closest("a")!.querySelector(".qmap-shape")!.getBoundingClientRect();
          const r = t.getBoundingClientRect();
          if (r.left < shape.left - 0.5 || r.right > shape.right + 0.5) out.push(`cut off: ${t.textContent}`);
        }
        for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i]!.getBoundingClientRect(), b = labels[j]!.getBoundingClientRect();
          if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) out.push(`overlap: ${labels[i]!.textContent} / ${labels[j]!.textContent}`);
        }
        return out;
      });
      expect(problems, url).toEqual([]);
    }
  });
});
