import { describe, expect, it } from "vitest";
import { niceTicks } from "./ticks";

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
});
