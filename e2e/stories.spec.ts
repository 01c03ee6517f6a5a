// A project's story across articles (issue 15), on the e2e database: seeds + dev corpus + the
// committed data/corrections.yaml, served as readers get it.
import { expect, test, type Page } from "@playwright/test";
import { E2E_SITE_URL } from "./support";

const fa = (n: number) => new Intl.NumberFormat("fa-IR").format(n);

async function openProject(page: Page, query: string, name: string | RegExp): Promise<string> {
  await page.goto(`/projects?q=${encodeURIComponent(query)}`);
  await page.getByTestId("project-item").getByRole("link", { name }).first().click();
  await expect(page).toHaveURL(/\/projects\/\d+$/);
  return new URL(page.url()).pathname;
}

test("/projects sorts by most reported and last reported; a bad sort falls back", async ({ page }) => {
  await page.goto("/projects?sort=most-reported");
  const first = page.getByTestId("project-item").first();
  await expect(first.getByRole("link").first()).toHaveText("بوستان خضر نبی (ع)");
  await expect(first.getByTestId("project-reports")).toContainText(`گزارش‌شده در ${fa(3)} خبر`);
  await expect(first.getByTestId("project-reports")).toContainText("آخرین گزارش: ۲۴ شهریور ۱۴۰۳");
  // last reported: the newest dated report first (18 Aban 1404, a seed article)
  await page.goto("/projects?sort=last-reported");
  await expect(page.getByTestId("project-item").first().getByTestId("project-reports")).toContainText("آخرین گزارش: ۱۸ آبان ۱۴۰۴");
  // the form keeps the choice in the URL; an unknown sort is the default, not an error
  await page.getByLabel("مرتب‌سازی").selectOption("most-reported");
  await page.getByRole("button", { name: "اعمال" }).click();
  await expect(page).toHaveURL(/sort=most-reported/);
  const bad = await page.goto("/projects?sort=%27;drop");
  expect(bad?.status()).toBe(200);
  await expect(page.getByLabel("مرتب‌سازی")).toHaveValue("source");
});

test("a project reported by three articles tells its story: a Jalali timeline, undated reports last and marked", async ({ page }) => {
  await openProject(page, "خضر نبی", "بوستان خضر نبی (ع)");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("بوستان خضر نبی (ع)");
  await expect(page.getByTestId("article-count")).toContainText(`گزارش‌شده در ${fa(3)} خبر`);
  const items = page.getByTestId("timeline-item");
  await expect(items).toHaveCount(4);
  await expect(page.getByTestId("timeline-date")).toHaveText(["۲۱ مهر ۱۴۰۱", "۲۴ شهریور ۱۴۰۳", "۲۴ شهریور ۱۴۰۳", "بی‌تاریخ"]);
  await expect(page.getByTestId("timeline-undated")).toContainText("خبرهای بی‌تاریخ");
  await expect(page.getByTestId("timeline-undated").getByTestId("timeline-item")).toHaveCount(1);
  // the undated report opened the park's sports part: a status change after «در دست اجرا»
  await expect(items.nth(3).getByTestId("status-change")).toContainText("پیش از این: در دست اجرا");
  // every report links to its sentence on the article page
  await items.nth(1).getByTestId("source-cite").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/\d+#fact-p-\d+$/);
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${anchor}"] ~ mark`)).toContainText("بوستان خضر نبی");
});

test("figures side by side by kind, with a note where they differ, exact in either unit", async ({ page }) => {
  const path = await openProject(page, "خضر نبی", "بوستان خضر نبی (ع)");
  const budget = page.getByTestId("figures-budget");
  await expect(budget.getByTestId("figure")).toHaveCount(2);
  const note = budget.getByTestId("disagreement-note");
  await expect(note).toContainText("گزارش‌ها برای «بودجه» این پروژه رقم‌های متفاوتی داده‌اند: ۳۰۰ میلیارد ریال، ۲۰ میلیارد ریال");
  await expect(note).toContainText("همه در یک خبر آمده‌اند");
  await page.getByTestId("unit-switch").getByRole("link", { name: "میلیارد تومان" }).click();
  await expect(page).toHaveURL(`${path}?unit=toman`);
  await expect(note).toContainText("۳۰ میلیارد تومان، ۲ میلیارد تومان");
  // no total anywhere: figures of a kind are listed, never added up
  await expect(page.locator("main")).not.toContainText("۳۲ میلیارد تومان");
});

test("an editor's kind fix shows its badge and reason, and the article page keeps what the extractor said", async ({ page }) => {
  await openProject(page, "مزار دو شهید گمنام", /ساماندهی مسیر دسترسی/);
  const credit = page.getByTestId("figures-credit");
  await expect(page.getByTestId("figures-cost")).toHaveCount(0);
  await expect(credit.getByTestId("figure")).toContainText("۴۰۰ میلیارد ریال");
  const note = credit.getByTestId("editor-note");
  await expect(note).toContainText("اصلاح‌شده توسط ویراستار");
  await expect(note).toContainText("استخراج خودکار: «هزینه»");
  await expect(note).toContainText("به تصویب رسید");
  await credit.getByTestId("figure").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/\d+#fact-a-\d+$/);
  // the highlighted figure still carries the extractor's kind; the correction is listed beside the text
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"] ~ mark`)).toHaveAttribute("title", "هزینه: ۴۰۰ میلیارد ریال");
  const fixes = page.getByTestId("article-corrections");
  await expect(fixes).toContainText("نوع: هزینه ← اعتبار");
  await expect(fixes.getByTestId("editor-note")).toContainText("اصلاح‌شده توسط ویراستار");
});

test("an editor's merge and hide: one interchange reported in two years; five unnamed shrines are no project", async ({ page }) => {
  await openProject(page, "شهدای روحانیت", "تقاطع غیرهمسطح بلوار شهدای روحانیت");
  await expect(page.getByTestId("article-count")).toContainText(`گزارش‌شده در ${fa(2)} خبر`);
  await expect(page.getByTestId("editor-note")).toContainText("زیرگذری که در ۱۴۰۱ قرار بود افتتاح شود");
  await expect(page.getByTestId("timeline-date").first()).toHaveText("۱۶ شهریور ۱۴۰۱");
  await expect(page.getByTestId("other-names")).toContainText("زیرگذر بلوار شهدای روحانیت و بلوار جمهوری اسلامی");
  // hidden: never listed, though the article page still names what the extractor found
  await page.goto(`/projects?q=${encodeURIComponent("بقعه متبرکه")}`);
  await expect(page.getByTestId("no-results")).toBeVisible();
  await page.goto(`/projects?q=${encodeURIComponent("امامزاده احمد بن قاسم")}`);
  await page.getByTestId("project-item").first().getByTestId("source-cite").getByRole("link").first().click();
  // whatever name the extractor gave the shrines' works, it is listed with the hidden note
  await expect(page.getByTestId("article-projects")).toContainText(/بقعه متبرکه[^()]*\(این پروژه پنهان شده است/);
});

test("/changes lists what the latest articles added, newest first, each linked to its sentence", async ({ page }) => {
  await page.goto("/changes");
  const first = page.getByTestId("change-article").first();
  await expect(first).toContainText("۱۸ آبان ۱۴۰۴");
  await expect(first.getByTestId("change").first()).toContainText("پروژه‌ی تازه");
  // region 4 only: the Khezr-e Nabi park's figures and its status change
  await page.goto("/changes?district=region-4");
  await expect(page.getByTestId("change").filter({ hasText: "بوستان خضر نبی (ع)" }).filter({ hasText: "رقم تازه" })).toHaveCount(2);
  const change = page.getByTestId("change").filter({ hasText: "تغییر وضعیت" }).first();
  await change.getByTestId("change-sentence").click();
  await expect(page).toHaveURL(/\/articles\/\d+#fact-p-\d+$/);
  const bad = await page.goto("/changes?district=nowhere&project=abc&page=-3");
  expect(bad?.status()).toBe(200);
});

test("the Atom feed is valid XML with absolute links to sentences, and follows one district or one project", async ({ page, request, baseURL }) => {
  const res = await request.get("/changes/feed.xml?district=region-4");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  await page.goto("/about");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    return {
      error: doc.getElementsByTagName("parsererror").length,
      root: doc.documentElement.namespaceURI,
      self: doc.querySelector("feed > link[rel=self]")?.getAttribute("href"),
      entries: [...doc.getElementsByTagNameNS(ns, "entry")].map((e) => ({
        id: e.getElementsByTagNameNS(ns, "id")[0]?.textContent ?? "",
        title: e.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? "",
        link: e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
        updated: e.getElementsByTagNameNS(ns, "updated")[0]?.textContent ?? "",
      })),
    };
  }, xml);
  expect(parsed.error).toBe(0);
  expect(parsed.root).toBe("http://www.w3.org/2005/Atom");
  expect(parsed.self).toBe(`${E2E_SITE_URL}/changes/feed.xml?district=region-4`);
  expect(parsed.entries.length).toBeGreaterThan(3);
  expect(parsed.entries.length).toBeLessThanOrEqual(50);
  expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(parsed.entries.length);
  for (const e of parsed.entries) {
    expect(e.link).toMatch(new RegExp(`^${E2E_SITE_URL.replace(/\./g, "\\.")}/articles/\\d+#fact-[ap]-\\d+$`));
    expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
  }
  // an entry's link lands on its sentence
  const khezr = parsed.entries.find((e) => e.title.includes("بوستان خضر نبی"));
  expect(khezr).toBeTruthy();
  await page.goto(khezr!.link.replace(E2E_SITE_URL, baseURL!));
  await expect(page.locator(`[id="${new URL(khezr!.link).hash.slice(1)}"]`)).toHaveCount(1);
  // following one project: its page links the feed, and every entry is about it
  await openProject(page, "خضر نبی", "بوستان خضر نبی (ع)");
  const feed = await page.getByRole("link", { name: "خوراک Atom" }).getAttribute("href");
  expect(feed).toMatch(/^\/changes\/feed\.xml\?project=\d+$/);
  const one = await (await request.get(feed!)).text();
  const titles = [...one.matchAll(/<entry>\s*<id>[^<]*<\/id>\s*<title type="text">([^<]*)<\/title>/g)].map((m) => m[1]);
  expect(titles.length).toBe(5); // new project, two budgets, the first status, then the opening
  for (const t of titles) expect(t).toContain("بوستان خضر نبی (ع)");
});
