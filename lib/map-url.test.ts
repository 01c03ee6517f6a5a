import { describe, expect, it } from "vitest";
import { mapChoiceOf, mapHref } from "./map-url";
import { parseChartQuery } from "./url-state";

describe("mapHref", () => {
  it.each([
    [{ metric: "projects" }, "/map"],
    [{ metric: "articles" }, "/map?metric=articles"],
    [{ metric: "amount" }, "/map?metric=amount"],
    [{ metric: "amount", kind: "credit" }, "/map?metric=amount"], // the map's default kind stays out
    [{ metric: "amount", kind: "budget" }, "/map?kind=budget&metric=amount"],
    [{ metric: "amount", kind: "budget", unit: "toman" }, "/map?kind=budget&unit=toman&metric=amount"],
    [{ metric: "projects", kind: "budget" }, "/map"], // kind means nothing without amount
  ] as const)("%j → %s", (choice, href) => {
    expect(mapHref(choice)).toBe(href);
  });
});

describe("mapChoiceOf", () => {
  it.each([
    [{}, { metric: "projects", kind: "credit", unit: "rial" }],
    [{ metric: "amount" }, { metric: "amount", kind: "credit", unit: "rial" }],
    [{ metric: "amount", kind: "need", unit: "toman" }, { metric: "amount", kind: "need", unit: "toman" }],
    [{ metric: "bogus", kind: "bogus" }, { metric: "projects", kind: "credit", unit: "rial" }],
  ] as const)("%j → %j", (raw, choice) => {
    expect(mapChoiceOf(parseChartQuery(raw))).toEqual(choice);
  });

  it("round-trips through the URL", () => {
    const c = mapChoiceOf(parseChartQuery({ metric: "amount", kind: "budget", unit: "toman" }));
    const back = mapChoiceOf(parseChartQuery(Object.fromEntries(new URL(mapHref(c), "http://x").searchParams)));
    expect(back).toEqual(c);
  });
});
