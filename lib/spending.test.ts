import { describe, expect, it } from "vitest";
import { dedupeFigures, pickRows, placeOrder, sectionOf, shapeSpendingChart, type AmountRow } from "./spending";

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

function countsOf(rows: readonly AmountRow[]) {
  const m = new Map<string, { placesKey: string; kind: string; figures: number }>();
  for (const f of dedupeFigures(rows)) {
    const k = `${f.placesKey}|${f.kind}`;
    m.set(k, { placesKey: f.placesKey, kind: f.kind, figures: (m.get(k)?.figures ?? 0) + 1 });
  }
  return [...m.values()];
}

describe("dedupeFigures", () => {
  it("counts the same figure from two articles once, listing both sources", () => {
    const figs = dedupeFigures([
      row({ valueRial: 5, kind: "budget", placesKey: "region-3", articleId: 1 }),
      row({ valueRial: 5, kind: "budget", placesKey: "region-3", articleId: 2, year: "1403" }),
      row({ valueRial: 5, kind: "credit", placesKey: "region-3", articleId: 3 }),
    ]);
    expect(figs).toHaveLength(2);
    expect(figs[0]!.sources.map((s) => s.articleId)).toEqual([1, 2]);
    expect(figs[0]!.sourceCount).toBe(2);
    expect(figs[0]!.year).toBe("1403");
  });

  it("keeps the query's count of sources beyond those it read", () => {
    const [f] = dedupeFigures([row({ valueRial: 9, kind: "cost", placesKey: "city", sourceCount: 40 })]);
    expect(f!.sourceCount).toBe(40);
  });

  it("never merges figures of different kinds or places, even with the same value", () => {
    const figs = dedupeFigures([
      row({ valueRial: 7, kind: "budget", placesKey: "region-1" }),
      row({ valueRial: 7, kind: "credit", placesKey: "region-1" }),
      row({ valueRial: 7, kind: "budget", placesKey: "region-1,region-2" }),
    ]);
    expect(figs.map((f) => `${f.kind}@${f.placesKey}`)).toEqual(["budget@region-1", "credit@region-1", "budget@region-1,region-2"]);
  });
});

describe("shapeSpendingChart", () => {
  const picked = pickRows(countsOf(SEEDS));
  const data = shapeSpendingChart(picked, SEEDS, 4);

  it("keeps a joint figure on one row labelled with both regions, never split", () => {
    const joint = data.rows.find((r) => r.placesKey === "region-2,region-6");
    expect(joint?.label).toBe("مناطق ۲ و ۶");
    expect(joint?.figures.map((f) => [f.kind, f.valueRial])).toEqual([["credit", 4_700_000_000_000], ["need", 1_500_000_000_000]]);
    expect(data.rows.find((r) => r.placesKey === "region-2")).toBeUndefined();
  });

  it("puts districts first, joint groups after single places, city-wide figures in their own section", () => {
    expect(data.rows.map((r) => [r.label, r.section])).toEqual([["منطقه ۶", "districts"], ["مناطق ۲ و ۶", "districts"], ["شهر قم", "wide"]]);
    expect(sectionOf(["kahak"])).toBe("wide");
    expect(sectionOf(["city", "region-1"])).toBe("districts");
    expect(placeOrder(["region-1"])).toBeLessThan(placeOrder(["region-8"]));
    expect(placeOrder(["region-8"])).toBeLessThan(placeOrder(["niroogah"]));
  });

  it("does not add up two figures of one kind for one place: each is its own mark", () => {
    const rows = [row({ valueRial: 100, kind: "budget", placesKey: "region-1", year: "1401" }), row({ valueRial: 200, kind: "budget", placesKey: "region-1", year: "1402" })];
    const d = shapeSpendingChart(pickRows(countsOf(rows)), rows, 2);
    expect(d.rows[0]!.figures.map((f) => f.valueRial)).toEqual([200, 100]);
  });

  it("draws at most perKind figures per place and kind, and counts the rest as hidden", () => {
    const many = Array.from({ length: 12 }, (_, i) => row({ valueRial: (i + 1) * 1e9, kind: i % 2 ? "credit" : "budget", placesKey: "region-3" }));
    const d = shapeSpendingChart(pickRows(countsOf(many)), many, 12, 3);
    const figs = d.rows[0]!.figures;
    expect(figs).toHaveLength(6);
    expect(figs.filter((f) => f.kind === "budget").map((f) => f.valueRial)).toEqual([11e9, 9e9, 7e9]);
    expect(d.rows[0]!.total).toBe(12);
    expect(d.hiddenFigures).toBe(6);
  });

  it("draws at most maxRows place groups, keeping those with the most figures", () => {
    const counts = ["region-1", "region-2", "region-3", "city"].map((k, i) => ({ placesKey: k, figures: i + 1 }));
    const p = pickRows(counts, 2);
    expect(p.keys).toEqual(["region-3", "city"]);
    expect(p.hiddenGroups).toBe(2);
  });
});
