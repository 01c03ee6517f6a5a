import { expect, test } from "@playwright/test";

const VIEW = "/charts/spending?kind=credit&unit=toman";

test("a non-default chart view survives copy link → open in a new page", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(VIEW);
  await expect(page.getByTestId("chart-title")).toHaveText("اعتبار به تفکیک محدوده — میلیارد تومان");
  await page.getByRole("button", { name: "کپی پیوند" }).click();
  await expect(page.getByRole("status")).toHaveText("پیوند کپی شد.");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).pathname + new URL(copied).search).toBe(VIEW);
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.getByTestId("chart-title")).toHaveText("اعتبار به تفکیک محدوده — میلیارد تومان");
  const table = other.getByTestId("spending-table");
  await expect(table).toContainText("۴۷۰ میلیارد تومان");
  await expect(table.locator("tbody tr:not([data-kind=credit])")).toHaveCount(0);
});

test("controls change the URL to the shortest canonical form", async ({ page }) => {
  await page.goto("/charts/spending?kind=credit&unit=toman&metric=articles&status=opening");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/charts\/spending\?kind=credit&unit=toman$/);
  await page.getByTestId("chart-controls").getByRole("link", { name: "میلیارد ریال" }).click();
  await expect(page).toHaveURL(/\/charts\/spending\?kind=credit$/);
});

test("the embed view has no site chrome, carries its title and may be framed", async ({ page, request }) => {
  await page.goto(`${VIEW}&embed=1`);
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.getByTestId("embed-chart")).toBeVisible();
  await expect(page.getByTestId("embed-chart").locator("text").first()).toContainText("اعتبار به تفکیک محدوده");
  const embed = await request.get(`${VIEW}&embed=1`);
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  const normal = await request.get(VIEW);
  expect(normal.headers()["x-frame-options"]).toBe("DENY");
});

test("link previews describe the exact view and their images differ per view", async ({ page, request }) => {
  await page.goto(VIEW);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "اعتبار به تفکیک محدوده — میلیارد تومان");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/api\/charts\/spending\/png\?kind=credit&unit=toman$/);
  const a = await request.get(new URL(image!).pathname + new URL(image!).search);
  expect(a.status()).toBe(200);
  expect(a.headers()["content-type"]).toBe("image/png");
  const png = await a.body();
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(630);
  const b = await request.get("/api/charts/spending/png?kind=budget");
  expect(Buffer.compare(png, await b.body())).not.toBe(0);
});

test("CSV starts with the BOM and has Persian headers; JSON matches the table", async ({ page, request }) => {
  const csv = await request.get("/api/charts/spending?kind=credit&unit=toman&format=csv");
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("محدوده,سری");
  expect(text).toContain("۴۷۰ میلیارد تومان");
  const full = await (await request.get("/api/charts/spending?format=csv&full=1")).text();
  expect(full).toContain("442000000000");
  const json = await (await request.get("/api/charts/spending?kind=credit&unit=toman")).json();
  await page.goto(VIEW);
  // The JSON rows are the chart's figures, one mark (a link to its sentence) each.
  const titles = await page.getByTestId("chart-wide").locator("a > title").allTextContents();
  expect(titles).toHaveLength(json.rows.length);
  for (const r of json.rows as { group: string; text: string }[]) expect(titles.some((t) => t.startsWith(`${r.group} — اعتبار: ${r.text}`)), r.text).toBe(true);
});

for (const chart of ["spending", "coverage", "status"]) {
  test(`${chart}: the embed fits the height its code suggests, at any iframe width`, async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    await page.goto(`/charts/${chart}`);
    await page.getByRole("button", { name: "کپی کد جاسازی" }).click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    const [, w, h] = code.match(/width="(\d+)" height="(\d+)"/)!.map(Number);
    expect(code).toContain(`aspect-ratio:${w}/${h}`);
    const src = code.match(/src="([^"]+)"/)![1]!;
    // Host the code as a reader's page would, in columns of different widths.
    for (const column of [320, 420, 600]) {
      await page.setContent(`<div style="width:${column}px">${code}</div>`);
      const frame = page.frameLocator("iframe");
      await expect(frame.getByTestId("embed-chart")).toBeVisible();
      const iframe = await page.locator("iframe").boundingBox();
      const inner = await frame.locator("html").evaluate((el) => ({ h: el.scrollHeight, w: el.clientWidth }));
      expect(Math.abs(inner.h - iframe!.height), `${chart} at ${column}px`).toBeLessThanOrEqual(2);
      expect(inner.w).toBe(Math.round(iframe!.width));
    }
    expect(src).toContain("embed=1");
  });
}

test("the downloaded SVG opens in a browser as the page draws it: title inside, RTL text at the right, no overlaps", async ({ page, request }) => {
  const svg = await (await request.get("/api/charts/coverage/svg?download=1")).text();
  await page.setViewportSize({ width: 1300, height: 900 });
  await page.setContent(svg);
  const res = await page.evaluate(() => {
    const root = document.querySelector("svg")!.getBoundingClientRect();
    const texts = [...document.querySelectorAll("text")].map((t) => ({ s: t.textContent!, r: t.getBoundingClientRect() }));
    let overlaps = 0;
    for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!.r, b = texts[j]!.r;
      if (Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1) overlaps++;
    }
    const title = texts[0]!;
    return { overlaps, outside: texts.filter((t) => t.r.left < root.left - 1 || t.r.right > root.right + 1).map((t) => t.s), titleRight: root.right - title.r.right, title: title.s, rootH: root.height };
  });
  expect(res.title).toContain("پوشش خبری هر محدوده");
  expect(res.titleRight).toBeGreaterThan(20);
  expect(res.titleRight).toBeLessThan(60);
  expect(res.outside).toEqual([]);
  expect(res.overlaps).toBe(0);
  const png = await (await request.get("/api/charts/coverage/png?download=1")).body();
  expect(png.readUInt32BE(16)).toBe(1200);
  expect(png.readUInt32BE(20)).toBe(Math.ceil(res.rootH));
});
