import { describe, expect, it } from "vitest";
import { amountApiRow, districtFigureJson } from "./api-rows";

describe("api rows decode a figure's joint places with the one codec", () => {
  it("gives /api/districts a figure's places as a list (none for the empty key)", () => {
    const a = { id: 7, kind: "credit" as const, valueRial: 4_700_000_000_000, qualifier: null, year: "1402", placesKey: "region-2,region-6" };
    expect(districtFigureJson(a)).toEqual({ id: 7, kind: "credit", valueRial: 4_700_000_000_000, qualifier: null, year: "1402", places: ["region-2", "region-6"] });
    expect(districtFigureJson({ ...a, placesKey: "" }).places).toEqual([]);
  });

  it("gives /api/amounts the districts of a figure, and its source link to the rial", () => {
    const row = amountApiRow({
      id: 3, articleId: 12, valueRial: 442_000_000_000, unitText: "۴۴۲ میلیارد ریال", kind: "budget", year: null, qualifier: "about",
      placesKey: "niroogah,region-6", quote: "۴۴۲ میلیارد ریال", start: 40, end: 57,
      articleTitle: "خبر", outlet: "قم فردا", published: "2023-05-01", articleUrl: "https://example.org/a",
    }, "https://qom.example");
    expect(row.districts).toEqual(["niroogah", "region-6"]);
    expect(row.value_rial).toBe(442_000_000_000);
    expect(row.source).toMatch(/^https:\/\/qom\.example\/articles\/12#/);
  });
});
