import { describe, expect, it } from "vitest";
import { layoutHBars } from "./hbars";
import { textBox } from "./scene";
import { overlaps, texts } from "./test-helpers";
import { coverageView, statusView } from "./view";
import { CHART_DEFAULTS } from "../url-state";
import { PLACES } from "../districts";

const coverage = coverageView(PLACES.map((p, i) => ({ slug: p.slug, articles: i * 3, projects: i })));
const status = statusView(new Map([["opening", 2], ["in_progress", 1]]), CHART_DEFAULTS);

describe("layoutHBars", () => {
  for (const [name, view] of [["coverage", coverage], ["status", status]] as const) {
    for (const narrow of [true, false]) {
      const W = narrow ? 360 : 1000;
      const s = layoutHBars(view, { width: W, narrow });
      it(`${name} ${narrow ? "narrow" : "wide"}: labels inside the canvas and apart; values beside their bars, never on them`, () => {
        expect(overlaps(s.marks)).toEqual([]);
        for (const t of texts(s.marks)) {
          const [l, r] = textBox(t);
          expect(l, t.s).toBeGreaterThanOrEqual(-0.5);
          expect(r, t.s).toBeLessThanOrEqual(W + 0.5);
        }
        const rects = s.marks.filter((m) => m.t === "rect");
        for (const r of rects) {
          if (r.t !== "rect") continue;
          const value = texts(s.marks).find((t) => Math.abs(t.y - (r.y + 11)) < 0.01 && t.anchor === "end" && t.x < r.x);
          expect(value, r.title).toBeDefined();
          expect(textBox(value!)[1]).toBeLessThanOrEqual(r.x);
        }
      });
    }
  }

  it("puts each label on its own line on a phone, and in a column on wide screens", () => {
    const n = layoutHBars(status, { width: 360, narrow: true });
    const label = texts(n.marks).find((t) => t.s === "افتتاح و بهره‌برداری")!;
    const bar = n.marks.find((m) => m.t === "rect")!;
    expect(bar.t === "rect" && bar.y).toBeGreaterThan(label.y);
    const w = layoutHBars(status, { width: 1000, narrow: false });
    const wl = texts(w.marks).find((t) => t.s === "افتتاح و بهره‌برداری")!;
    const wb = w.marks.find((m) => m.t === "rect")!;
    expect(wb.t === "rect" && wb.x + wb.w).toBeLessThan(textBox(wl)[0]);
  });

  it("ticks counts in whole numbers only", () => {
    const axis = texts(layoutHBars(status, { width: 1000, narrow: false }).marks).filter((t) => t.cls === "axis").map((t) => t.s);
    expect(axis).toEqual(["۰", "۱", "۲"]);
  });

  it("the longest bar and its value fit the phone width", () => {
    const s = layoutHBars(coverage, { width: 360, narrow: true });
    const widest = Math.max(...s.marks.flatMap((m) => (m.t === "rect" ? [m.w] : [])));
    expect(widest).toBeGreaterThan(200);
    for (const m of s.marks) if (m.t === "rect") expect(m.x).toBeGreaterThanOrEqual(0);
  });
});
