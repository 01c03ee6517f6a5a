import { describe, expect, it } from "vitest";
import { buildScale, classify, legendEntries, NONE_FILL, RAMP, ZERO_FILL } from "./scale";

describe("buildScale", () => {
  it.each([
    [[], []],
    [[null, 0, null], []],
    [[3], [[3, 3]]],
    [[1, 1, 2, null, 0], [[1, 1], [2, 2]]],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]]],
    [[442e9, 4.7e12, 3e13], [[442e9, 442e9], [4.7e12, 4.7e12], [3e13, 3e13]]],
  ] as const)("%j → classes %j", (values, ranges) => {
    expect(buildScale(values).buckets.map((b) => [b.min, b.max])).toEqual(ranges);
  });

  it("ends at the darkest shade and spreads the rest", () => {
    expect(buildScale([1, 2]).buckets.map((b) => b.fill)).toEqual([RAMP[0], RAMP[4]]);
    expect(buildScale([5]).buckets[0]?.fill).toBe(RAMP[3]);
  });
});

describe("classify", () => {
  const scale = buildScale([1, 2, 9]);
  it("tells no reports (null) from zero from a value", () => {
    expect(classify(null, scale)).toMatchObject({ state: "none", fill: NONE_FILL });
    expect(classify(0, scale)).toMatchObject({ state: "zero", fill: ZERO_FILL });
    expect(classify(9, scale)).toMatchObject({ state: "value", bucket: 2 });
    expect(new Set([classify(null, scale).fill, classify(0, scale).fill, classify(1, scale).fill]).size).toBe(3);
  });

  it("puts a value between classes into the class below", () => {
    expect(classify(5, scale)).toMatchObject({ state: "value", bucket: 1 });
  });
});

describe("legendEntries", () => {
  it("lists classes low to high, then zero, then no reports, in Persian digits", () => {
    const fa = (n: number) => new Intl.NumberFormat("fa-IR").format(n);
    const rows = legendEntries(buildScale([1, 2, 3, 4, 5, 6]), fa, { zero: "صفر", none: "بدون گزارش" });
    expect(rows.map((r) => r.label)).toEqual(["۱", "۲", "۳", "۴", "۵ تا ۶", "صفر", "بدون گزارش"]);
    expect(rows.map((r) => r.state).slice(-2)).toEqual(["zero", "none"]);
  });

  it("leaves zero out when it cannot happen", () => {
    expect(legendEntries(buildScale([1]), String, { zero: null, none: "x" }).map((r) => r.key)).toEqual(["b0", "none"]);
  });
});
