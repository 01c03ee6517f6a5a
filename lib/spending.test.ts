import { describe, expect, it } from "vitest";
import { dedupeFigures, shapeSpending, type AmountRow } from "./spending";

let nextId = 1;
function row(p: Partial<AmountRow> & Pick<AmountRow, "valueRial" | "kind" | "placesKey">): AmountRow {
  const id = nextId++;
  return { id, articleId: 1, articleTitle: "خبر", year: null, qualifier: null, quote: "…", start: id * 10, end: id * 10 + 5, ...p };
}

const SEEDS: AmountRow[] = [
  row({ valueRial: 1_500_000_000_000, kind: "need", placesKey: "region-2,region-6", qualifier: "more_than" }),
  row({ valueRial: 442_000_000_000, kind: "budget", placesKey: "region-6", year: "1398" }),
  row({ valueRial: 4_700_000_000_000, kind: "credit", placesKey: "region-2,region-6" }),
  row({ valueRial: 30_000_000_000_000, kind: "credit", placesKey: "city", qualifier: "more_than", articleId: 2 }),
];

describe("shapeSpending", () => {
  const [districts, wide] = shapeSpending(SEEDS);

  it("keeps a joint figure as its own bar labelled with both regions, never split", () => {
    const joint = districts!.rows.find((r) => r.places.join() === "region-2,region-6");
    expect(joint?.label).toBe("مناطق ۲ و ۶");
    expect(joint?.figures.credit?.valueRial).toBe(4_700_000_000_000);
    expect(joint?.figures.need?.valueRial).toBe(1_500_000_000_000);
    expect(districts!.rows.find((r) => r.places.join() === "region-2")).toBeUndefined();
  });

  it("keeps kinds apart: one series per kind, no cross-kind sum", () => {
    expect(districts!.kinds).toEqual(["budget", "credit", "need"]);
    const r6 = districts!.rows.find((r) => r.places.join() === "region-6");
    expect(r6?.figures).toEqual({ budget: expect.objectContaining({ valueRial: 442_000_000_000, year: "1398" }) });
  });

  it("shows city-wide figures apart from the districts", () => {
    expect(wide!.rows.map((r) => r.label)).toEqual(["شهر قم"]);
    expect(districts!.rows.some((r) => r.places.includes("city"))).toBe(false);
  });

  it("filters by kind and drops the wide section for scope=regions", () => {
    const [d, w] = shapeSpending(SEEDS, { kind: "credit", scope: "regions" });
    expect(d!.kinds).toEqual(["credit"]);
    expect(d!.rows).toHaveLength(1);
    expect(w!.rows).toHaveLength(0);
  });

  it("does not add up two different figures of one kind for one place", () => {
    const [d] = shapeSpending([
      row({ valueRial: 100, kind: "budget", placesKey: "region-1", year: "1401" }),
      row({ valueRial: 200, kind: "budget", placesKey: "region-1", year: "1402" }),
    ]);
    expect(d!.rows.map((r) => [r.label, r.figures.budget?.valueRial])).toEqual([
      ["منطقه ۱ (۱۴۰۱)", 100],
      ["منطقه ۱ (۱۴۰۲)", 200],
    ]);
  });
});

describe("dedupeFigures", () => {
  it("counts the same figure from two articles once, listing both sources", () => {
    const figs = dedupeFigures([
      row({ valueRial: 5, kind: "budget", placesKey: "region-3", articleId: 1 }),
      row({ valueRial: 5, kind: "budget", placesKey: "region-3", articleId: 2, year: "1403" }),
      row({ valueRial: 5, kind: "credit", placesKey: "region-3", articleId: 3 }),
    ]);
    expect(figs).toHaveLength(2);
    expect(figs[0]!.sources.map((s) => s.articleId)).toEqual([1, 2]);
    expect(figs[0]!.year).toBe("1403");
  });
});
