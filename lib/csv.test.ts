import { describe, expect, it } from "vitest";
import { BOM, csvCell, csvLine, toCsv } from "./csv";

describe("csv", () => {
  it.each([
    ["ساده", "ساده"],
    ["a,b", '"a,b"'],
    ['گفت: "سلام"', '"گفت: ""سلام"""'],
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@A1", "'@A1"],
    ["=1,2", `"'=1,2"`],
    ["-42", "-42"],
    [null, ""],
    [4_700_000_000_000, "4700000000000"],
  ])("%s → %s", (input, out) => expect(csvCell(input)).toBe(out));

  it("writes one record a line for streaming writers", () => {
    expect(csvLine(["منطقه ۶", null, "a\nb"])).toBe('منطقه ۶,,"a\nb"\r\n');
  });

  it("starts with the BOM and uses CRLF", () => {
    expect(toCsv(["محدوده", "مبلغ"], [["منطقه ۶", 442]])).toBe(`${BOM}محدوده,مبلغ\r\nمنطقه ۶,442\r\n`);
  });
});
