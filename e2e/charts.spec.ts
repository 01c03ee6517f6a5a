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
  await expect(other.getByTestId("chart-table")).toContainText("۴۷۰ میلیارد تومان");
  // Credit only: one series (no «سری» column), and region 6's budget figure is not among the rows.
  await expect(other.getByTestId("chart-table").locator("thead")).not.toContainText("سری");
  const values = await other.getByTestId("chart-table").locator("tbody td.font-bold").allTextContents();
  expect(values).toContain("۴۷۰ میلیارد تومان");
  expect(values.filter((v) => v.includes("۴۴٫۲ میلیارد تومان"))).toEqual([]);
});

test("controls change the URL to the shortest canonical form", async ({ page }) => {
  await page.goto("/charts/spending?kind=credit&unit=toman&metric=articles&status=opening");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/charts\/spending\?kind=credit&unit=toman$/);
  await page.getByTestId("chart-controls").getByRole("link", { name: "میلیارد ریال" }).click();
  await expect(page).toHaveURL(/\/charts\/spending\?kind=credit$/);
});

test("the embed view has no site chrome and may be framed", async ({ page, request }) => {
  await page.goto(`${VIEW}&embed=1`);
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.getByTestId("chart-figure")).toBeVisible();
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
  const cells = await page.getByTestId("chart-table").locator("tbody tr td.font-bold").allTextContents();
  expect(json.rows.map((r: { text: string }) => r.text)).toEqual(cells);
});
