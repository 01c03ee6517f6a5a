import { expect, test, type Page } from "@playwright/test";

// Holds with the five seeds alone and with the dev corpus seeded.
const PAGES = ["/charts/spending", "/charts/coverage", "/charts/status", "/charts/category", "/"];

/** Visible chart texts: overlapping pairs, texts wider than their measured estimate, texts outside their SVG. */
async function checkLabels(page: Page) {
  // Measure once the fonts have settled (loaded, or given up on), as a reader sees the page.
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => {
    const problems: string[] = [];
    let count = 0;
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg[data-testid^='chart-'], svg[data-testid='embed-chart']")) {
      const box = svg.getBoundingClientRect();
      if (!box.width) continue;
      const scale = box.width / svg.viewBox.baseVal.width;
      const texts = [...svg.querySelectorAll<SVGTextElement>("text")].map((t) => ({ t, r: t.getBoundingClientRect(), s: t.textContent ?? "" }));
      count += texts.length;
      for (const { t, r, s } of texts) {
        const est = Number(t.dataset.w) * scale;
        if (r.width > est + 0.5) problems.push(`wider than estimated: ${s} ${r.width.toFixed(1)} > ${est.toFixed(1)}`);
        if (r.left < box.left - 1 || r.right > box.right + 1) problems.push(`outside the chart: ${s}`);
      }
      for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i]!.r, b = texts[j]!.r;
        if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) {
          problems.push(`overlap: ${texts[i]!.s} / ${texts[j]!.s}`);
        }
      }
    }
    return { count, problems };
  });
}

for (const width of [390, 1280]) {
  test.describe(`chart labels at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const path of PAGES) {
      test(`${path}: axis and bar labels never overlap, fit their estimate and the chart; nothing scrolls sideways`, async ({ page }) => {
        await page.goto(path);
        const { count, problems } = await checkLabels(page);
        expect(count).toBeGreaterThan(4);
        expect(problems).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }

    test("with the fallback font (Vazirmatn not loaded, as on a first visit) labels still fit and stay apart", async ({ page }) => {
      await page.route(/\.woff2$/, (route) => route.abort());
      for (const path of ["/charts/spending", "/charts/coverage"]) {
        await page.goto(path);
        const loaded = await page.evaluate(() => [...document.fonts].some((f) => /vazirmatn/i.test(f.family) && f.status === "loaded"));
        expect(loaded).toBe(false);
        const { count, problems } = await checkLabels(page);
        expect(count).toBeGreaterThan(4);
        expect(problems, path).toEqual([]);
      }
    });
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the count charts draw labels on their own line and the longest bar on screen", async ({ page }) => {
    await page.goto("/charts/coverage");
    const svg = page.getByTestId("chart-narrow");
    await expect(svg).toBeVisible();
    await expect(page.getByTestId("chart-wide")).toBeHidden();
    const box = (await svg.boundingBox())!;
    const rects = await svg.locator("rect").evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect()).map((r) => [r.left, r.right]));
    for (const [l, r] of rects) {
      expect(l).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(r).toBeLessThanOrEqual(box.x + box.width + 0.5);
    }
    // Count axes tick whole numbers only.
    const ticks = await svg.locator("text.axis").allTextContents();
    expect(ticks.length).toBeGreaterThan(1);
    for (const t of ticks) expect(t.replace(/[\u200f\s]/g, "")).toMatch(/^[۰-۹٬]+$/);
  });
});
