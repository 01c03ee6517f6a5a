import { describe, expect, it } from "vitest";
import { PLACES } from "../districts";
import type { AmountKind, Qualifier } from "../extract/types";
import { encodePlacesKey } from "../places-key";
import { formatMetric, metricValue, placeFigures, shapeMapView, type MapChoice, type PlaceStats } from "./metric";

const amount = (id: number, kind: AmountKind, valueRial: number, places: string[], qualifier: Qualifier | null = null) => ({ id, kind, valueRial, qualifier, year: null, placesKey: encodePlacesKey(places) });
const STATS: PlaceStats[] = [
  { slug: "region-6", articles: 2, projects: 9, figures: 7, amounts: [amount(1, "credit", 4_700_000_000_000, ["region-2", "region-6"]), amount(2, "budget", 442_000_000_000, ["region-6"]), amount(3, "credit", 100_000_000_000, ["region-6"])] },
  { slug: "region-2", articles: 1, projects: 0, figures: 1, amounts: [amount(1, "credit", 4_700_000_000_000, ["region-2", "region-6"])] },
  { slug: "region-3", articles: 0, projects: 0, figures: 0, amounts: [] },
];
const choice = (metric: MapChoice["metric"], kind: MapChoice["kind"] = "credit"): MapChoice => ({ metric, kind, unit: "rial" });

describe("metricValue", () => {
  it.each([
    ["region-6", "projects", "credit", 9],
    ["region-6", "articles", "credit", 2],
    ["region-6", "amount", "credit", 4_700_000_000_000], // the largest, never a sum
    ["region-6", "amount", "need", 0], // reported on, but no figure of this kind
    ["region-2", "projects", "credit", 0],
    ["region-3", "projects", "credit", null], // nothing reported: null, not zero
    ["region-3", "amount", "credit", null],
  ] as const)("%s %s/%s → %s", (slug, metric, kind, expected) => {
    expect(metricValue(STATS.find((s) => s.slug === slug)!, choice(metric, kind))).toBe(expected);
  });
});

describe("placeFigures", () => {
  it("lists distinct figures, the chosen kind first, joint places named", () => {
    const figs = placeFigures(STATS[0]!, "budget");
    expect(figs.map((f) => [f.kind, f.valueRial, f.jointWith])).toEqual([
      ["budget", 442_000_000_000, []],
      ["credit", 4_700_000_000_000, ["region-2"]],
      ["credit", 100_000_000_000, []],
    ]);
  });
});

describe("formatMetric", () => {
  it.each([
    [null, "projects", "بدون گزارش در خبرها"],
    [9, "projects", "۹ پروژه"],
    [2, "articles", "۲ خبر"],
    [4_700_000_000_000, "amount", "۴٬۷۰۰ میلیارد ریال"],
    [0, "amount", "بدون رقمِ اعتبار (خبر هست)"],
  ] as const)("%s %s → %s", (value, metric, text) => {
    expect(formatMetric(value, choice(metric))).toBe(text);
  });
});

describe("shapeMapView", () => {
  const view = shapeMapView(STATS, choice("projects"));

  it("covers every place of lib/districts.ts, missing stats meaning no reports", () => {
    expect(view.places.size).toBe(PLACES.length);
    expect(view.places.get("jamkaran")?.swatch.state).toBe("none");
  });

  it("colours reported, zero and unreported places differently and names links with their figure", () => {
    const r6 = view.places.get("region-6")!;
    expect(r6.swatch.state).toBe("value");
    expect(r6.ariaLabel).toBe("منطقه ۶ ۹ پروژه");
    expect(view.places.get("region-2")?.swatch.state).toBe("zero");
    expect(view.places.get("region-3")?.swatch.state).toBe("none");
    expect(view.legend.map((e) => e.state)).toEqual(["value", "zero", "none"]);
  });

  it("counts every figure of a place, also those its stats leave out (only the largest are read)", () => {
    const r6 = view.places.get("region-6")!;
    expect(r6.figures).toHaveLength(3);
    expect(r6.figureCount).toBe(7);
  });

  it("titles the legend with the kind when colouring by amount", () => {
    expect(shapeMapView(STATS, choice("amount", "budget")).legendTitle).toBe("مبلغ گزارش‌شده: بودجه");
  });
});
