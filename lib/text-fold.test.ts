import { describe, expect, it } from "vitest";
import { foldDigits, foldText } from "./text-fold";

describe("foldText", () => {
  it.each([
    ["پروژه‌ها", "پروژهها"],
    ["پروژهها", "پروژهها"],
    ["علي", "علی"],
    ["كهك", "کهک"],
    ["  منطقه   ۶ ", "منطقه 6"],
    ["منطقه ٦", "منطقه 6"],
    ["GIS برنامه", "gis برنامه"],
    ["مُصَوَّب", "مصوب"],
  ])("%s → %s", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it("maps every Persian and Arabic-Indic digit", () => {
    expect(foldDigits("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(foldDigits("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });
});
