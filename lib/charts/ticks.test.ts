import { describe, expect, it } from "vitest";
import { niceTicks, thinTickLabels } from "./ticks";
import { textWidth } from "./measure";

describe("niceTicks", () => {
  it.each([
    [4700, [0, 1000, 2000, 3000, 4000, 5000]],
    [442, [0, 100, 200, 300, 400, 500]],
    [9, [0, 2, 4, 6, 8, 10]],
    [1, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, [0, 1]],
    [30000, [0, 10000, 20000, 30000]],
  ])("%d → %j", (max, ticks) => expect(niceTicks(max)).toEqual(ticks));

  it("always covers the maximum", () => {
    for (const m of [3, 17, 123, 999, 1234.5, 7e12]) expect(niceTicks(m).at(-1)!).toBeGreaterThanOrEqual(m);
  });

  it.each([[1, [0, 1]], [2, [0, 1, 2]], [5, [0, 2, 4, 6]], [3, [0, 1, 2, 3]], [11, [0, 5, 10, 15]], [12, [0, 5, 10, 15]], [40, [0, 10, 20, 30, 40]]])(
    "counts get whole-number ticks only: max %d → %j",
    (max, ticks) => expect(niceTicks(max, 4, true)).toEqual(ticks),
  );

  it("never gives a fractional count tick", () => {
    for (let m = 1; m <= 60; m++) for (const c of [3, 4, 6]) expect(niceTicks(m, c, true).every(Number.isInteger), `${m}/${c}`).toBe(true);
  });
});

describe("thinTickLabels", () => {
  const label = "۱۰۰ میلیارد";
  it("keeps every label when they fit, and drops every other one when they would touch", () => {
    const w = textWidth(label, 11);
    const roomy = [0, 1, 2, 3].map((i) => ({ x: 100 + i * (w + 20), label }));
    expect(thinTickLabels(roomy, 11)).toEqual([true, true, true, true]);
    const tight = [0, 1, 2, 3, 4].map((i) => ({ x: 100 + i * (w * 0.7), label }));
    const shown = thinTickLabels(tight, 11);
    expect(shown).toEqual([true, false, true, false, true]);
  });

  it("leaves out a label that would cross the canvas edge", () => {
    expect(thinTickLabels([{ x: 5, label }, { x: 200, label }], 11, 8, 0, 400)).toEqual([false, true]);
  });
});
