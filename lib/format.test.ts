import { describe, expect, it } from "vitest";
import { formatBytes, formatJalali, formatJalaliDateTime, formatMoney, formatNumber, formatYear, jalaliYear, shiftDecimal, toBillions } from "./format";

describe("shiftDecimal", () => {
  it.each([
    [4_700_000_000_000, 9, "4700"],
    [442_000_000_000, 10, "44.2"],
    [1_234_567_891, 9, "1.234567891"],
    [5, 9, "0.000000005"],
    [0, 9, "0"],
  ])("%d / 10^%d = %s", (v, p, s) => expect(shiftDecimal(v, p)).toBe(s));
});

describe("formatMoney", () => {
  it.each([
    [4_700_000_000_000, "rial", "۴٬۷۰۰ میلیارد ریال"],
    [4_700_000_000_000, "toman", "۴۷۰ میلیارد تومان"],
    [442_000_000_000, "rial", "۴۴۲ میلیارد ریال"],
    [442_000_000_000, "toman", "۴۴٫۲ میلیارد تومان"],
    [30_000_000_000_000, "rial", "۳۰٬۰۰۰ میلیارد ریال"],
    [1_234_567_891, "rial", "۱٫۲۳۴۵۶۷۸۹۱ میلیارد ریال"],
  ] as const)("%d in %s → %s", (v, unit, s) => expect(formatMoney(v, unit)).toBe(s));

  it("never rounds: the toman figure times ten is the rial figure", () => {
    expect(toBillions(123_456_789_012, "toman")).toBe("12.3456789012");
  });
});

describe("dates and numbers", () => {
  it("formats Persian digits with the Persian separator", () => expect(formatNumber(4700)).toBe("۴٬۷۰۰"));
  it("converts an ISO date to the Jalali calendar", () => expect(formatJalali("2025-11-09")).toBe("۱۸ آبان ۱۴۰۴"));
  it("rejects a malformed date", () => expect(formatJalali("09/11/2025")).toBeNull());
  it("gives the Jalali year", () => expect(jalaliYear("2025-11-09")).toBe("1404"));
  it("prints years without grouping", () => expect(formatYear("1398")).toBe("۱۳۹۸"));
  it("gives a Jalali date and Tehran time of an instant", () => {
    expect(formatJalaliDateTime("2025-11-09T20:45:00Z")).toBe("۱۹ آبان ۱۴۰۴، ساعت ۰۰:۱۵");
    expect(formatJalaliDateTime("not a date")).toBeNull();
  });
  it.each([
    [1, "۱ کیلوبایت"],
    [606_208, "۶۰۷ کیلوبایت"],
    [6_062_080, "۶٫۱ مگابایت"],
  ])("sizes %i bytes as %s", (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});
