import { describe, expect, it } from "vitest";
import { correctionSummary, extractedAmounts } from "./article-facts";
import type { FactValues } from "./corrections";
import type { Figure } from "./facts";

describe("extractedAmounts", () => {
  it("gives a corrected figure back the extractor's kind and year; others are untouched", () => {
    const rows: Pick<Figure, "id" | "kind" | "year">[] = [{ id: 1, kind: "credit", year: "1402" }, { id: 2, kind: "budget", year: null }];
    const fixes = new Map<number, { before: FactValues }>([[1, { before: { kind: "cost", year: null } }]]);
    expect(extractedAmounts(rows, fixes)).toEqual([{ id: 1, kind: "cost", year: null }, { id: 2, kind: "budget", year: null }]);
  });

  it("keeps the stored year when only the kind was corrected", () => {
    expect(extractedAmounts([{ id: 1, kind: "credit", year: "1400" }], new Map<number, { before: FactValues }>([[1, { before: { kind: "cost" } }]]))).toEqual([{ id: 1, kind: "cost", year: "1400" }]);
  });
});

describe("correctionSummary", () => {
  it("says what changed, from the extractor's value to the editor's, in Persian", () => {
    expect(correctionSummary({ kind: "cost" }, { kind: "credit" })).toBe("نوع: هزینه ← اعتبار");
    expect(correctionSummary({ districts: ["province"] }, { districts: ["region-1", "region-4", "region-5"] })).toBe("محدوده: استان قم ← مناطق ۱، ۴ و ۵");
    expect(correctionSummary({ kind: "cost", year: null }, { kind: "credit", year: "1401" })).toBe("نوع: هزینه ← اعتبار؛ سال: — ← ۱۴۰۱");
  });
});
