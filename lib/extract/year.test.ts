import { describe, expect, it } from "vitest";
import { findYears, periodOf, yearFor } from "./year";
import { normaliseString } from "./normalize";

const years = (s: string) => findYears(normaliseString(s), 0, normaliseString(s).length, []).map((y) => y.year);

describe("years", () => {
  it.each([
    ["بودجه مصوب سال ۹۸", ["1398"]], ["بودجه ۱۴۰۳ شهرداری", ["1403"]], ["در ۱۴۰۲ اجرا شد", ["1402"]],
    ["سال ۰۲", ["1402"]], ["۱۸ آبان ۱۴۰۴", []], ["۱۴۰۴/۰۸/۱۸", []], ["سال 2024", []], ["۱۴۰۰ میلیارد ریال", []],
    ["سال ۳۰", []],
  ])("%s → %s", (text, want) => expect(years(text)).toEqual(want));

  it("uses the sentence's year only when it names a single one", () => {
    const hits = [{ start: 0, end: 5, year: "1401" }, { start: 50, end: 55, year: "1402" }];
    expect(yearFor(hits, 20, 30, 10, 40)).toBeNull();
    expect(yearFor(hits.slice(0, 1), 20, 30, 10, 40)).toBe("1401");
  });
});

describe("periodOf", () => {
  it.each([
    ["امسال ۱۰۰ میلیارد و سال آینده نیز ۲۰۰ میلیارد", "۲۰۰", "next"],
    ["امسال ۱۰۰ میلیارد و سال آینده نیز ۲۰۰ میلیارد", "۱۰۰", "this"],
    ["بودجه سال جاری ۵۶۵ میلیارد", "۵۶۵", "this"],
    ["پارسال ۵ میلیارد", "۵", "last"],
    ["۷۰۰ میلیارد تومان اوراق", "۷۰۰", null],
  ] as const)("%s: %s → %s", (sentence, number, period) => {
    const text = normaliseString(sentence);
    const at = text.indexOf(normaliseString(number));
    expect(periodOf(text, 0, at)).toBe(period);
  });
});
