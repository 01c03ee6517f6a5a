import { describe, expect, it } from "vitest";
import { chartWidth, layoutBars } from "./layout";
import type { BarsRow } from "./rows";

const rows: BarsRow[] = [
  { label: "منطقه ۶", values: { budget: 442 }, texts: { budget: "۴۴۲" } },
  { label: "مناطق ۲ و ۶", values: { credit: 4700, need: 1500 }, texts: { credit: "۴٬۷۰۰", need: "۱٬۵۰۰" } },
];
const series = [{ key: "budget", color: "#111" }, { key: "credit", color: "#222" }, { key: "need", color: "#333" }];

describe("layoutBars", () => {
  const l = layoutBars(rows, series);

  it("puts the first group on the right (RTL)", () => {
    expect(l.groups[0]!.cx).toBeGreaterThan(l.groups[1]!.cx);
  });

  it("keeps every bar inside the plot and scales heights by value", () => {
    for (const b of l.bars) {
      expect(b.x).toBeGreaterThanOrEqual(l.plot.x0);
      expect(b.x + b.w).toBeLessThanOrEqual(l.plot.x1);
      expect(b.y).toBeGreaterThanOrEqual(l.plot.y0);
      expect(b.y + b.h).toBeCloseTo(l.plot.y1);
    }
    const h = Object.fromEntries(l.bars.map((b) => [b.series, b.h]));
    expect(h.credit! / h.need!).toBeCloseTo(4700 / 1500);
  });

  it("draws one bar per figure and never stacks kinds", () => {
    expect(l.bars.map((b) => b.series)).toEqual(["budget", "credit", "need"]);
    expect(l.ticks.at(-1)!.value).toBeGreaterThanOrEqual(4700);
  });
});

describe("chartWidth", () => {
  it.each([[1, 420], [2, 428], [4, 768], [12, 900]])("%d groups → %d px", (n, w) => expect(chartWidth(n)).toBe(w));
});
