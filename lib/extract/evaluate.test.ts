import { describe, expect, it } from "vitest";
import { addScores, EMPTY_SCORE, f1, loadGold, matchOneToOne, ratio, scoreArticle, type Gold } from "./evaluate";
import { extractArticle } from "./index";

describe("evaluate", () => {
  const gold: Gold = {
    amounts: [{ value_rial: 30_000_000_000, what: "credit", districts: ["region-2"], year: null, quote: "" }],
    projects: [{ name: "احداث بوستان شاهد", districts: [], status: null, quote: "" }],
    quantities: [{ value: 70, unit: "projects", districts: [], quote: "" }],
    places: [],
  };

  it("scores amounts, projects and quantities", () => {
    const x = extractArticle("در منطقه ۲ با اعتبار ۳ میلیارد تومان، ۷۰ پروژه از جمله احداث بوستان شاهد افتتاح شد.");
    const s = scoreArticle(gold, x);
    expect(s.amounts).toEqual({ gold: 1, pred: 1, matched: 1, kindAgree: 1, districtAgree: 1 });
    expect(s.projects.found).toBe(1);
    expect(s.quantities.matched).toBe(1);
    expect(addScores(EMPTY_SCORE, s)).toEqual(s);
  });

  it("matches one to one and handles empty totals", () => {
    expect(matchOneToOne([1, 1], [1], (a, b) => a === b)).toEqual([0, -1]);
    expect(ratio(0, 0)).toBe(1);
    expect(f1(1, 0.5)).toBeCloseTo(2 / 3);
  });

  it("fails clearly when the gold directory is missing", () => {
    expect(() => loadGold("/nonexistent/gold")).toThrow("gold directory not found");
  });
});
