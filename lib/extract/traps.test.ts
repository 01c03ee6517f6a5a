import { describe, expect, it } from "vitest";
import { isTrapNumber } from "./traps";
import { normaliseString } from "./normalize";

function trapped(sentence: string, number: string): boolean {
  const text = normaliseString(sentence);
  const n = normaliseString(number);
  const i = text.indexOf(n);
  return isTrapNumber(text, i, i + n.length);
}

describe("isTrapNumber", () => {
  it.each([
    ["میدان 72 تن", "72"], ["میدان شهدای ۷۲ تن", "۷۲"], ["خیابان ۱۹ دی", "۱۹"], ["بلوار ۱۵ خرداد", "۱۵"],
    ["کوچه ۱۲ شرقی", "۱۲"], ["۱۸ آبان, ۱۴۰۴", "۱۸"], ["۱۸ آبان, ۱۴۰۴", "۱۴۰۴"], ["تاریخ ۱۴۰۴/۰۸/۱۸", "۱۴۰۴/۰۸"],
    ["ساعت ۲۲:۲۷", "۲۲"], ["انتهای پیام/456/ ز", "456"], ["تماس ۰۹۱۲۱۲۳۴۵۶۷", "۰۹۱۲۱۲۳۴۵۶۷"], ["سال ۹۸", "۹۸"],
  ])("%s: %s is a trap", (sentence, number) => expect(trapped(sentence, number)).toBe(true));

  it.each([
    ["فرصت اقتصادی ۶۰ بقعه", "۶۰"], ["شهرداری منطقه ۶، ۴۴۲ میلیارد ریال", "۴۴۲"], ["به گزارش مهر، ۷۰ پروژه", "۷۰"],
    ["بیش از ۴۰ هزار تن", "۴۰"],
  ])("%s: %s is a figure", (sentence, number) => expect(trapped(sentence, number)).toBe(false));
});
