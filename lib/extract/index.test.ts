// Sentences written the way Qom outlets write them, so the rules are not fitted to five seeds.
import { describe, expect, it } from "vitest";
import { extractArticle } from "./index";

type Expect = { rials?: number; kind?: string; districts?: string[]; year?: string | null; qualifier?: string | null };

const AMOUNT_CASES: [string, Expect][] = [
  ["شهردار منطقه ۳ قم گفت: عملیات اجرایی احداث بوستان محله‌ای نیایش با اعتبار ۱۲ میلیارد و ۳۲۰ میلیون تومان آغاز شد.", { rials: 123_200_000_000, kind: "credit", districts: ["region-3"] }],
  ["بودجه ۱۴۰۳ شهرداری قم به مبلغ ۳۰ هزار میلیارد تومان در صحن شورای اسلامی شهر تصویب شد.", { rials: 300_000_000_000_000, kind: "budget", districts: ["city"], year: "1403" }],
  ["به گزارش ایسنا، درآمد شهرداری قم در سال ۱۴۰۲ بیش از ۱۸ همت بوده است.", { rials: 180_000_000_000_000, kind: "revenue", year: "1402", qualifier: "more_than" }],
  ["تاکنون ۸۵۰ میلیارد ریال برای تقاطع غیرهمسطح هزینه شده است.", { rials: 850_000_000_000, kind: "cost" }],
  ["تسهیلات ۵۰۰ میلیون تومانی به متقاضیان در پردیسان پرداخت می‌شود.", { rials: 5_000_000_000, kind: "loan", districts: ["pardisan"] }],
  ["شهردار قم از افتتاح ۴۵ پروژه با سرمایه‌گذاری ۲/۵ همت در هفته دولت خبر داد.", { rials: 25_000_000_000_000, kind: "investment", districts: ["city"] }],
  ["برای تکمیل ورزشگاه جعفریه ۸۰ میلیارد ریال اعتبار مورد نیاز است.", { rials: 80_000_000_000, kind: "need", districts: ["jafariyeh"] }],
  ["شهرداری منطقه ۲ قم با هزینه ۲۵ میلیارد تومان پل عابر پیاده بلوار امین را افتتاح کرد.", { rials: 250_000_000_000, kind: "cost", districts: ["region-2"] }],
  ["برای مناطق ۴ و ۷ حدود ۶۰ میلیارد تومان اعتبار تخصیص یافت.", { rials: 600_000_000_000, kind: "credit", districts: ["region-4", "region-7"], qualifier: "about" }],
  ["در منطقه ۵ مبلغ ۴۰ میلیارد ریال و در منطقه ۸ مبلغ ۷۰ میلیارد ریال هزینه شد.", { rials: 40_000_000_000, districts: ["region-5"] }],
  ["در منطقه ۵ مبلغ ۴۰ میلیارد ریال و در منطقه ۸ مبلغ ۷۰ میلیارد ریال هزینه شد.", { rials: 70_000_000_000, districts: ["region-8"] }],
  ["۱۸ آبان ۱۴۰۴ — اعتبار ۱۰۰ میلیارد ریالی برای بهسازی معابر کهک اختصاص یافت.", { rials: 100_000_000_000, kind: "credit", districts: ["kahak"], year: null }],
];

describe("extractArticle: amounts in Qom-style sentences", () => {
  it.each(AMOUNT_CASES)("%s", (text, want) => {
    const a = extractArticle(text).amounts.find((x) => x.value_rial === want.rials);
    expect(a).toBeDefined();
    if (want.kind) expect(a?.kind).toBe(want.kind);
    if (want.districts) expect(a?.districts).toEqual(want.districts);
    if (want.year !== undefined) expect(a?.year).toBe(want.year);
    if (want.qualifier !== undefined) expect(a?.qualifier).toBe(want.qualifier);
    expect(text.slice(a?.start, a?.end)).toBe(a?.quote);
  });
});

describe("extractArticle: one fact per figure", () => {
  it("keeps equal figures of two different works apart, and one work's repeats together", () => {
    const two = extractArticle("شهردار منطقه ۳ گفت: با بودجه یک میلیارد تومانی بوستان نرگس بهسازی شد.\nبوستان لاله نیز با بودجه‌ای حدود یک میلیارد تومان در حال اجراست.");
    expect(two.amounts.map((a) => a.value_rial)).toEqual([10_000_000_000, 10_000_000_000]);
    const one = extractArticle("اختصاص ۲ میلیارد تومان برای زیرگذر امام رضا قم\nبرای احداث زیرگذر و تونل امام رضا ۲ میلیارد تومان اعتبار پیش‌بینی شد.");
    expect(one.amounts.map((a) => a.value_rial)).toEqual([20_000_000_000]);
  });
});

describe("extractArticle: projects, quantities and places", () => {
  it("links a project to the amount of its clause and reads its status", () => {
    const x = extractArticle("شهردار منطقه ۳ قم گفت: عملیات اجرایی احداث بوستان محله‌ای نیایش با اعتبار ۱۲ میلیارد تومان آغاز شد.");
    expect(x.projects).toMatchObject([{ name: "بوستان محله‌ای نیایش", status: "groundbreaking", category: "park", districts: ["region-3"], amount_index: 0 }]);
  });

  it("reads progress percentages and in-progress projects", () => {
    const x = extractArticle("پروژه تقاطع غیرهمسطح شهید سلیمانی با پیشرفت فیزیکی ۷۰ درصد در دست اجرا است.");
    expect(x.quantities).toMatchObject([{ value: 70, unit: "percent" }]);
    expect(x.projects).toMatchObject([{ name: "تقاطع غیرهمسطح شهید سلیمانی", status: "in_progress", category: "road" }]);
  });

  it("keeps streets named after dates and martyrs out of the figures", () => {
    const x = extractArticle("مدیر منطقه شش شهرداری قم گفت: زیرسازی و آسفالت بلوار ۱۵ خرداد و خیابان ۱۹ دی به پایان رسید. در میدان ۷۲ تن نیز بهسازی انجام شد.");
    expect(x.amounts).toEqual([]);
    expect(x.quantities).toEqual([]);
    expect(x.projects[0]).toMatchObject({ status: "completed", districts: ["region-6"] });
  });

  it("reads region lists written in words and counts of housing units", () => {
    const x = extractArticle("در مناطق یک، دو و سه ۱۲۰ کیلومتر روکش آسفالت اجرا شد. ۱۲۰۰ واحد مسکونی در کهک و قنوات تحویل می‌شود.");
    expect(x.quantities).toMatchObject([
      { value: 120, unit: "km", districts: ["region-1", "region-2", "region-3"] },
      { value: 1200, unit: "units", districts: ["kahak", "qanavat"] },
    ]);
    expect(x.places).toEqual(["region-1", "region-2", "region-3", "kahak", "qanavat"]);
  });

  it("reads areas, lengths and populations", () => {
    const x = extractArticle("این بوستان ۱۲ هکتار و مسیر آن ۳ هزار متر است و ۱۵۰ هزار نفر از آن استفاده می‌کنند.");
    expect(x.quantities.map((q) => [q.value, q.unit])).toEqual([[12, "ha"], [3000, "m"], [150000, "people"]]);
  });

  it("does not take a count of regions or another city's region for a place", () => {
    const x = extractArticle("۲ منطقه از مناطق محروم هستند و شرکت برق منطقه‌ای تهران و منطقه ۳ تهران همکاری می‌کنند.");
    expect(x.places).toEqual([]);
  });

  it("tells the neighbourhood «منطقه نیروگاه» from a power plant", () => {
    expect(extractArticle("اهالی منطقه نیروگاه").places).toEqual(["niroogah"]);
    expect(extractArticle("احداث نیروگاه خورشیدی").places).toEqual([]);
  });

  it("returns empty facts for empty text", () => {
    expect(extractArticle("")).toEqual({ amounts: [], projects: [], quantities: [], mentions: [], places: [] });
  });
});
