import { describe, expect, it } from "vitest";
import { decades, inUnit, logDomain, logPosition, logTickLabel, logTicks } from "./log-scale";

describe("log axis", () => {
  it.each([
    [1e8, "۱۰۰ میلیون"],
    [1e9, "۱ میلیارد"],
    [1e10, "۱۰ میلیارد"],
    [1e11, "۱۰۰ میلیارد"],
    [1e12, "۱٬۰۰۰ میلیارد"],
    [1e13, "۱۰٬۰۰۰ میلیارد"],
  ])("labels %d as %s", (v, label) => expect(logTickLabel(v)).toBe(label));

  it("spans whole decades around the figures (442 and 4,700 billion rial)", () => {
    expect(logDomain([442e9, 4.7e12])).toEqual({ lo: 1e11, hi: 1e13 });
    expect(logTicks(442e9, 4.7e12, "rial").map((t) => t.label)).toEqual(["۱۰۰ میلیارد", "۱٬۰۰۰ میلیارد", "۱۰٬۰۰۰ میلیارد"]);
  });

  it("ticks in the chosen unit: toman is a tenth of the rial", () => {
    expect(inUnit(4.7e12, "toman")).toBe(4.7e11);
    expect(logTicks(442e9, 4.7e12, "toman").map((t) => t.value)).toEqual([1e10, 1e11, 1e12]);
  });

  it("gives a lone figure at least two decades, and ignores zeros", () => {
    const d = logDomain([5e9, 0]);
    expect(d).toEqual({ lo: 1e8, hi: 1e10 });
    expect(decades(d)).toEqual([1e8, 1e9, 1e10]);
    expect(logDomain([])).toEqual({ lo: 1e9, hi: 1e10 });
  });

  it("puts small values at the right (RTL) and ten times more one decade to the left", () => {
    const d = { lo: 1e9, hi: 1e12 };
    expect(logPosition(1e9, d, 0, 300)).toBe(300);
    expect(logPosition(1e12, d, 0, 300)).toBe(0);
    expect(logPosition(1e10, d, 0, 300)).toBeCloseTo(200);
    expect(logPosition(1e15, d, 0, 300)).toBe(0);
  });
});
