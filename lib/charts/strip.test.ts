import { describe, expect, it } from "vitest";
import { layoutStrip, dodge, rowMaxText } from "./strip";
import { textBox } from "./scene";
import { manyBars, overlaps, texts, VIEW } from "./test-helpers";

describe("layoutStrip", () => {
  for (const narrow of [true, false]) {
    const W = narrow ? 360 : 1000;
    const s = layoutStrip(VIEW, { width: W, narrow });
    it(`${narrow ? "narrow" : "wide"}: one linked mark per figure, every label inside the canvas, none overlapping`, () => {
      const links = s.marks.filter((m) => m.t === "link");
      expect(links).toHaveLength(3);
      expect(links.map((l) => (l.t === "link" ? l.href : ""))).toEqual(["/articles/3#fact-a-120", "/articles/3#fact-a-120", "/articles/3#fact-a-120"]);
      expect(links[0]!.t === "link" && links[0]!.title).toBe("منطقه ۶ — بودجه: ۴۴۲ میلیارد ریال (سال ۱۳۹۸) (۲ منبع)");
      for (const t of texts(s.marks)) {
        const [l, r] = textBox(t);
        expect(l, t.s).toBeGreaterThanOrEqual(-0.5);
        expect(r, t.s).toBeLessThanOrEqual(W + 0.5);
      }
      expect(overlaps(s.marks)).toEqual([]);
    });
  }

  it("writes out each row's largest figure and labels the log axis in Persian", () => {
    const s = layoutStrip(VIEW, { width: 1000, narrow: false });
    const all = texts(s.marks).map((t) => t.s);
    expect(all).toContain("بودجه: ۴۴۲ میلیارد ریال (سال ۱۳۹۸)");
    expect(all).toContain("۱٬۰۰۰ میلیارد");
    expect(all).toContain("کل شهر، شهرهای استان و کل استان");
    expect(rowMaxText({ bars: VIEW.bars.slice(0, 2) })).toBe("اعتبار: ۴٬۷۰۰ میلیارد ریال");
  });

  it("stays readable at 500 figures: no overlapping labels, bounded height, hidden rows counted", () => {
    const view = { ...VIEW, bars: manyBars(500) };
    for (const narrow of [true, false]) {
      const s = layoutStrip(view, { width: narrow ? 360 : 1000, narrow });
      expect(overlaps(s.marks)).toEqual([]);
      expect(s.height).toBeLessThan(1200);
    }
    const preview = layoutStrip(view, { width: 1100, narrow: false, maxHeight: 300 });
    expect(preview.hiddenRows).toBeGreaterThan(0);
    expect(texts(preview.marks).some((t) => t.s.includes("رقم دیگر"))).toBe(true);
  });
});

describe("dodge", () => {
  it("lifts a dot that would hide its neighbour onto another track", () => {
    expect(dodge([100, 103, 200], 5)).toEqual([0, -6.5, 0]);
    expect(dodge([100, 102, 104, 300], 5)).toEqual([0, -6.5, 6.5, 0]);
  });
});
