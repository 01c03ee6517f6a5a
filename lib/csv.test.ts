import { describe, expect, it } from "vitest";
import { BOM, csvCell, toCsv } from "./csv";

describe("csv", () => {
  it.each([
    ["ساده", "ساده"],
    ["a,b", '"a,b"'],
    ['گفت: "سلام"', '"گفت: ""سلام"""'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["-42", "-42"],
    [null, ""],
    [4_700_000_000_000, "4700000000000"],
  ])("%s → %s", (input, out) => expect(csvCell(input)).toBe(out));

  it("starts with the BOM and uses CRLF", () => {
    expect(toCsv(["محدوده", "مبلغ"], [["منطقه ۶", 442]])).toBe(`${BOM}محدوده,مبلغ\r\nمنطقه ۶,442\r\n`);
  });
});
