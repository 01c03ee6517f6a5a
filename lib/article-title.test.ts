import { describe, expect, it } from "vitest";
import { excerpt, findHeadline, firstSentenceExcerpt, isFurniture, titleFromText } from "./article-title";

const lines = (...l: string[]) => l.join("\n");

describe("findHeadline", () => {
  it.each([
    ["headline first", lines("افتتاح بوستان نمونه در منطقه ۹", "مدیر منطقه از افتتاح بوستان خبر داد.", "به گزارش خبرنگار ما، …"), "افتتاح بوستان نمونه در منطقه ۹"],
    ["kicker ending in «خبر داد» is skipped", lines("شهردار منطقه نمونه خبر داد", "", "بهسازی مسیرهای بوستان نمونه", "متن خبر."), "بهسازی مسیرهای بوستان نمونه"],
    ["kicker ending in «:» after a dateline", lines("۲۵ فروردین, ۱۴۰۳ / ۱۰:۰۰", "مدیر منطقه نمونه:", "رشد بودجه عمرانی منطقه نمونه در سال جاری", "متن."), "رشد بودجه عمرانی منطقه نمونه در سال جاری"],
    ["page furniture before the headline", lines("تاریخ انتشار :دوشنبه ۷ مهر ۱۳۹۹ ساعت ۱۰:۲۵", "کد مطلب : 1234", "منبع : خبرگزاری نمونه", "بوستان نمونه امروز افتتاح شد", "متن خبر."), "بوستان نمونه امروز افتتاح شد"],
    ["lead printed above the headline", lines("مدیر منطقه گفت: سی میلیارد تومان برای فضای سبز اختصاص یافت.", "مدیر منطقه نمونه:", "اختصاص سی میلیارد تومان به فضای سبز", "۲۹ مرداد ۱۴۰۳ ساعت ۲۱:۵۰"), "اختصاص سی میلیارد تومان به فضای سبز"],
    ["a short kicker without punctuation before a longer headline", lines("با حضور استاندار نمونه", "فاز دوم بلوار نمونه افتتاح شد و عملیات تقاطع آغاز شد", "متن."), "فاز دوم بلوار نمونه افتتاح شد و عملیات تقاطع آغاز شد"],
    ["a repeated headline (digits differ in script) is one headline", lines("رشد ۱۷ درصدی بودجه نسبت به پارسال", "رشد 17 درصدی بودجه نسبت به پارسال", "متن."), "رشد ۱۷ درصدی بودجه نسبت به پارسال"],
    ["a long headline followed by its cut-off lead", lines("همکاری سازمان نمونه با شرکت برق برای تامین برق شهرک‌های صنفی و خودرو در سال آینده", "جلسه ویژه مدیرعامل سازمان نمونه با مدیر"), "همکاری سازمان نمونه با شرکت برق برای تامین برق شهرک‌های صنفی و خودرو در سال آینده"],
    ["a dateline prefix «قم|» and a «+ عکس» suffix are dropped", lines("قم|احداث فضای سبز در پارک نمونه + عکس", "متن."), "احداث فضای سبز در پارک نمونه"],
  ])("%s", (_name, text, expected) => expect(findHeadline(text)).toBe(expected));

  it.each([
    ["the body starts at once", lines("به گزارش خبرنگار ما، شهردار نمونه امروز گفت که بوستان افتتاح می‌شود.", "ادامه‌ی خبر بدون تیتر")],
    ["two prose lines", lines("شهردار نمونه امروز گفت: بوستان افتتاح می‌شود.", "وی افزود: کار ساخت دو سال طول کشید.")],
    ["only furniture", lines("کد خبر ۱۲۳۴۵", "• 616", "00:00")],
  ])("none when %s", (_name, text) => expect(findHeadline(text)).toBeNull());
});

describe("isFurniture", () => {
  it.each([
    ["کد مطلب : 7682", true], ["کد خبر ۱۶۶۲۵۴", true], ["شناسه : 57786 | انتشار : ۱۶ شهریور ۱۴۰۱ - ۱۳:۱۶   پرینت", true],
    ["۱۳۹۷/۱۱/۱۶ - ۱۳:۲۸:۱۰", true], ["خبرگزاری نمونه , 3 مرداد 1398 ساعت 9:00", true], ["00:00", true],
    ["![تصویر](https://example.org/a.jpg)", true], ["رفتن به محتوای اصلی", true],
    ["رشد بودجه عمرانی منطقه در 1403/بودجه به 6488 میلیارد ریال رسید", false], ["بوستان نمونه افتتاح شد", false],
  ])("%s → %s", (line, expected) => expect(isFurniture(line)).toBe(expected));
});

describe("excerpt", () => {
  it("keeps a short text whole", () => expect(excerpt("بوستان نمونه افتتاح شد", 40)).toBe("بوستان نمونه افتتاح شد"));

  it("cuts at a word boundary, drops trailing punctuation and ends in «…»", () => {
    const out = excerpt("مدیر منطقه، در نشست امروز، از اجرای هفتاد و پنج پروژه‌ی عمرانی خبر داد", 28);
    expect(out).toBe("مدیر منطقه، در نشست امروز…");
    expect(out.length).toBeLessThanOrEqual(29);
  });
});

describe("firstSentenceExcerpt", () => {
  it.each([
    ["attribution is dropped", "به گزارش خبرنگار نمونه، تفاهم‌نامه‌ی ساخت دو مدرسه امروز امضا شد. متن بعدی.", "تفاهم‌نامه‌ی ساخت دو مدرسه امروز امضا شد"],
    ["a dateline «شهر – خبرگزاری - » is dropped", "قم – ایرنا - مدیرکل نمونه از اجرای ده طرح خبر داد. ادامه.", "مدیرکل نمونه از اجرای ده طرح خبر داد"],
    ["«شهر - خبرگزاری مهر: » is dropped", "قم - خبرگزاری نمونه: شهردار گفت: پروژه به اعتبار نیاز دارد.", "شهردار گفت: پروژه به اعتبار نیاز دارد"],
    ["furniture lines are skipped", lines("کد مطلب : 17046", "مدیر منطقه از بازگشایی بوستان خبر داد. به گزارش …"), "مدیر منطقه از بازگشایی بوستان خبر داد"],
  ])("%s", (_name, text, expected) => expect(firstSentenceExcerpt(text)).toBe(expected));

  it("cuts a long first sentence with «…»", () => {
    const long = `مدیر منطقه ${"پروژه‌های عمرانی ".repeat(20)}را اعلام کرد.`;
    const out = firstSentenceExcerpt(long, 60)!;
    expect(out.endsWith("…")).toBe(true);
    expect(out.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(out.slice(0, -1))).toBe(true);
  });
});

describe("titleFromText", () => {
  it("prefers the headline, falls back to the first sentence, never a file name or an id line", () => {
    expect(titleFromText(lines("کد مطلب : 7682", "بوستان نمونه افتتاح شد", "متن."))).toBe("بوستان نمونه افتتاح شد");
    const t = titleFromText(lines("کد مطلب : 7682", "به گزارش نمونه، شهردار از افتتاح بوستان خبر داد. وی افزود …"));
    expect(t).toBe("شهردار از افتتاح بوستان خبر داد");
    expect(t).not.toMatch(/کد مطلب|\.txt|[0-9a-f]{16}/);
  });

  it("is null for a text with no prose", () => expect(titleFromText(lines("کد خبر ۱۲", "00:00"))).toBeNull());
});
