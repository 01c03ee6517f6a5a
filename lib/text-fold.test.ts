import { describe, expect, it } from "vitest";
import { foldText } from "./text-fold";
import { extractArticle } from "./extract";

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
    expect(foldText("۰۱۲۳۴۵۶۷۸۹")).toBe("0123456789");
    expect(foldText("٠١٢٣٤٥٦٧٨٩")).toBe("0123456789");
  });

  it("folds a project name as the extractor reads it, so search finds what was extracted", () => {
    const [p] = extractArticle("احداث بوستان شهيد بهشتي‌ در منطقه ۳ آغاز شد.").projects;
    expect(foldText(p?.name ?? "")).toBe(foldText("بوستان شهید بهشتی"));
  });
});
