import { describe, expect, it } from "vitest";
import { parseNumber, readNumberAt, scanNumbers } from "./numbers";

describe("parseNumber", () => {
  it.each([
    ["۱۲۳", 123], ["١٢٣", 123], ["123", 123], ["۲,۱۰۰", 2100], ["۲٬۱۰۰", 2100], ["۱,۲۳۴,۵۶۷", 1234567],
    ["۲/۵", 2.5], ["2.5", 2.5], ["۲٫۵", 2.5], ["سیصد", 300], ["یک", 1], ["دو", 2], ["نیم", 0.5],
    ["یک و نیم", 1.5], ["بیست و پنج", 25], ["سیصد و پنجاه و دو", 352], ["هزار", 1000],
    ["۴هزار و ۷۰۰", 4700], ["۱۲ میلیارد و ۳۲۰ میلیون", 12_320_000_000], ["۳۰ هزار میلیارد", 30_000_000_000_000],
    ["۱۰۵ هزار میلیارد", 105_000_000_000_000], ["دو هزار و پانصد", 2500], ["صد هزار", 100_000],
  ] as const)("%s → %s", (input, value) => expect(parseNumber(input)).toBe(value));

  it.each([["۲ و ۶"], ["یک، دو و سه"], ["۲,۱۰"], ["نیمی"], ["سید"], ["۱۲ متر"], [""]])("%s is not one number", (input) => {
    expect(parseNumber(input)).toBeNull();
  });
});

describe("readNumberAt / scanNumbers", () => {
  it("stops a list at «و» when the next number is not smaller than the place", () => {
    expect(readNumberAt("2 و 6", 0)?.end).toBe(1);
  });
  it("does not read a comma group of two digits as thousands", () => {
    expect(scanNumbers("منطقه 6، 442 میلیارد").map((n) => Number(n.micro / 1_000_000n))).toEqual([6, 442_000_000_000]);
  });
  it("does not start inside a word or a digit run", () => {
    expect(scanNumbers("سید سیصد یکی").map((n) => n.start)).toEqual([4]);
  });
  it("records where the trailing scale words begin", () => {
    const n = readNumberAt("4هزار و 700 میلیارد ریال", 0);
    expect(n?.scaleStart).toBe(12);
  });
});
