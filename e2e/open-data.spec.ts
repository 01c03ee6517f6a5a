// Issue 16: /extract runs the extractor in the reader's browser on pasted text, and /data serves the
// whole dataset. Real browser, real server, the e2e database seeded with the dev corpus.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";

const SEED_FILE = "data/articles/000_dd63a7a9bc8eef05.txt";
const SEED = fs.readFileSync(SEED_FILE, "utf8");
// A phrase of the seed that no URL or request of ours would ever contain by chance.
const SECRET = "بودجه عمرانی مصوب سال ۹۸";
const AMOUNT_442 = SEED.indexOf("۴۴۲ میلیارد ریال");
const fa = (n: number) => new Intl.NumberFormat("fa-IR").format(n);
const latinDigits = (s: string) => s.replace(/[۰-۹]/g, (d) => String("۰۱۲۳۴۵۶۷۸۹".indexOf(d))).replace(/[٬,]/g, "");

/** Every request the page makes, to prove the pasted text never leaves the browser. */
function watchRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (r) => seen.push(`${r.method()} ${decodeURIComponent(r.url())}\n${r.postData() ?? ""}`));
  return seen;
}

/** Console errors (a CSP violation is one) and uncaught errors. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function paste(page: Page, text: string) {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator("#extract-text").focus();
  await page.keyboard.press("Control+V");
}

test.describe("/extract", () => {
  test("a pasted seed article shows «۴۴۲ میلیارد ریال» marked and listed as budget, region 6, 1398; nothing leaves the browser", async ({ page }) => {
    const requests = watchRequests(page);
    const errors = watchErrors(page);
    const response = await page.goto("/extract");
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    await paste(page, SEED);
    const result = page.getByTestId("extract-result");
    await expect(result).toBeVisible();

    const mark = page.locator(`[id="fact-a-${AMOUNT_442}"] ~ mark`);
    await expect(mark).toHaveText("۴۴۲ میلیارد ریال");
    await expect(mark).toHaveAttribute("data-fact", /amount/);
    const row = page.locator(`tr[data-anchor="fact-a-${AMOUNT_442}"]`);
    await expect(row).toContainText("۴۴۲٬۰۰۰٬۰۰۰٬۰۰۰ ریال");
    for (const cell of ["بودجه", "منطقه ۶", "۱۳۹۸"]) await expect(row.getByRole("cell", { name: cell, exact: true })).toBeVisible();

    await row.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`#fact-a-${AMOUNT_442}$`));
    await expect(mark).toBeInViewport();

    // The JSON download is the CLI's document for the same text, with the text attached.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "دریافت نتیجه به‌صورت JSON" }).click()]);
    const doc = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    const cli = spawnSync("node_modules/.bin/tsx", ["scripts/extract.ts", SEED_FILE], { encoding: "utf8" });
    const expected = JSON.parse(cli.stdout).articles[0];
    expect(doc.articles).toHaveLength(1);
    expect(doc.articles[0]).toEqual({ ...expected, file: "pasted.txt", text: SEED });

    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect(r).not.toContain(SECRET);
    expect(errors).toEqual([]);
  });

  test("a 150 kB paste gets the limit message and is not extracted", async ({ page }) => {
    const requests = watchRequests(page);
    await page.goto("/extract");
    const big = `${SECRET} ${"ب".repeat(75_000)}`; // > 150,000 bytes of UTF-8
    await paste(page, big);
    await expect(page.getByTestId("extract-message")).toContainText(`این متن ${fa(Math.ceil(Buffer.byteLength(big) / 1000))} کیلوبایت است و از سقف ۱۰۰ کیلوبایت بیشتر است`);
    await expect(page.getByTestId("extract-result")).toHaveCount(0);
    for (const r of requests) expect(r).not.toContain(SECRET);
  });

  test("a .txt file with CRLF, Arabic ي/ك and direction marks keeps its offsets exact", async ({ page }) => {
    const errors = watchErrors(page);
    const variant = `\u200f${SEED.replace("۴۴۲ میلیارد", "۴۴۲\u200e میلیارد").replace(/\n/g, "\r\n").replace(/ی/g, "ي").replace(/ک/g, "ك")}`;
    expect(variant).toContain("۴۴۲\u200e ميليارد ريال");
    await page.goto("/extract");
    await page.getByTestId("extract-file").setInputFiles({ name: "variant.txt", mimeType: "text/plain", buffer: Buffer.from(variant, "utf8") });
    const row = page.locator("tr", { hasText: "۴۴۲٬۰۰۰٬۰۰۰٬۰۰۰ ریال" });
    await expect(row).toContainText("بودجه");
    await expect(row).toContainText("منطقه ۶");
    await expect(row).toContainText("۱۳۹۸");
    const anchor = (await row.getAttribute("data-anchor"))!;
    // textContent: toHaveText would drop the LRM that the mark must keep.
    expect(await page.locator(`[id="${anchor}"] ~ mark`).evaluate((m) => m.textContent)).toBe("۴۴۲\u200e میلیارد ریال".replace(/ی/g, "ي"));

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "دریافت نتیجه به‌صورت JSON" }).click()]);
    const article = JSON.parse(fs.readFileSync((await download.path())!, "utf8")).articles[0];
    expect(article.file).toBe("variant.txt");
    expect(article.text).toBe(variant); // the file's text, CRLF and all, not the textarea's
    for (const f of [...article.amounts, ...article.projects, ...article.quantities]) expect(article.text.slice(f.start, f.end)).toBe(f.quote);
    expect(article.amounts.find((a: { value_rial: number }) => a.value_rial === 442e9)).toMatchObject({ kind: "budget", districts: ["region-6"], year: "1398" });
    expect(errors).toEqual([]);
  });

  test("reads at 390 px: the result fits the width", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto("/extract");
    await page.locator("#extract-text").fill(SEED);
    await page.getByRole("button", { name: "استخراج کن" }).click();
    await expect(page.getByTestId("extract-result")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.getByRole("link", { name: "۴۴۲ میلیارد ریال" })).toBeVisible();
  });
});

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ",") {
      row.push(cell);
      cell = "";
    } else if (!quoted && ch === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

test.describe("/data", () => {
  test("the SQLite download opens, passes integrity_check and holds the rows the page counts", async ({ page }) => {
    await page.goto("/data");
    await expect(page.getByTestId("seeded-at")).toHaveText(/^[۰-۹]{1,2} \S+ [۰-۹]{4}، ساعت [۰-۹]{2}:[۰-۹]{2}$/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("sqlite-download").click()]);
    expect(download.suggestedFilename()).toMatch(/^qom-civic-data-\d{4}-\d{2}-\d{2}\.sqlite$/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qom-dl-")), "data.sqlite");
    await download.saveAs(file);
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      const cards = page.locator("[data-table]");
      expect(await cards.count()).toBe(12); // docs/open-data.md: the tables of db/schema-shape.ts
      for (const card of await cards.all()) {
        const table = (await card.getAttribute("data-table"))!;
        const shown = Number(latinDigits(await card.getByTestId(`rows-${table}`).innerText()));
        const { n } = db.prepare(`select count(*) n from "${table}"`).get() as { n: number };
        expect(shown, table).toBe(n);
        expect(n, table).toBeGreaterThan(0);
      }
      // The figure of the issue is in it, with its span into the article's text.
      const a = db.prepare("select a.quote, a.kind, a.year, a.places_key, a.start, a.\"end\", t.text from amounts a join articles t on t.id = a.article_id where a.value_rial = 442000000000").get() as { quote: string; start: number; end: number; text: string };
      expect(a).toMatchObject({ quote: "۴۴۲ میلیارد ریال", kind: "budget", year: "1398", places_key: "region-6" });
      expect(a.text.slice(a.start, a.end)).toBe(a.quote);
    } finally {
      db.close();
    }
  });

  test("every table downloads as CSV (BOM, Persian or Latin headers) and JSON, with the rows the page counts", async ({ page, request }) => {
    await page.goto("/data");
    const card = page.locator('[data-table="amounts"]');
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: "CSV (سرستون فارسی)" }).click()]);
    expect(download.suggestedFilename()).toBe("amounts.csv");
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFFشناسه,شناسه‌ی خبر,مبلغ (ریال),واحد در متن,نوع,سال,قید,گروه مکان‌ها,نقل‌قول,آغاز,پایان\r\n")).toBe(true);

    for (const c of await page.locator("[data-table]").all()) {
      const table = (await c.getAttribute("data-table"))!;
      const shown = Number(latinDigits(await c.getByTestId(`rows-${table}`).innerText()));
      const persian = parseCsv((await (await request.get(`/data/${table}.csv`)).body()).toString("utf8"));
      const latin = parseCsv((await (await request.get(`/data/${table}.latin.csv`)).body()).toString("utf8"));
      const json = await (await request.get(`/data/${table}.json`)).json();
      expect(persian[0]![0]!.startsWith("\uFEFF"), table).toBe(true);
      expect(persian[0]!.join(",")).toMatch(/[\u0600-\u06FF]/);
      expect(latin[0]!.join(",").replace("\uFEFF", "")).toBe(json.columns.join(","));
      expect(latin[0]!.join(",")).not.toMatch(/[\u0600-\u06FF]/);
      expect([persian.length - 1, latin.length - 1, json.rows.length, json.row_count], table).toEqual([shown, shown, shown, shown]);
      expect(latin.slice(1)).toEqual(persian.slice(1));
    }
  });

  test("names that are not in the allowlist are a 404, never a file", async ({ request }) => {
    for (const name of ["e2e.db", "..%2Fe2e.db", "amounts.xlsx", "sqlite_master.csv", "AMOUNTS.csv"]) {
      const r = await request.get(`/data/${name}`);
      expect([400, 404], name).toContain(r.status());
      expect((await r.body()).subarray(0, 16).toString("latin1")).not.toContain("SQLite format");
    }
  });

  test("/about and the footer link to /data and /extract", async ({ page }) => {
    await page.goto("/about");
    await expect(page.locator("main").getByRole("link", { name: "داده‌های باز" })).toHaveAttribute("href", "/data");
    await expect(page.locator("main").getByRole("link", { name: "استخراج از متن خبر" })).toHaveAttribute("href", "/extract");
    await page.locator("footer").getByRole("link", { name: "داده‌های باز" }).click();
    await expect(page).toHaveURL(/\/data$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("داده‌های باز");
    await page.locator("footer").getByRole("link", { name: "استخراج از متن خبر" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("استخراج از متن خبر");
  });
});
