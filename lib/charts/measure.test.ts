import { describe, expect, it } from "vitest";
import fixture from "./fixtures/text-widths.json";
import { fitText, textWidth, wrapByWidth } from "./measure";

// [text, Vazirmatn 400, DejaVu Sans 400, Vazirmatn 700, DejaVu Sans 700] in em, measured in Chromium.
const ROWS = fixture.rows as [string, number, number, number, number][];

describe("textWidth", () => {
  it("is never narrower than either font draws a label, regular or bold", () => {
    for (const [s, v4, d4, v7, d7] of ROWS) {
      expect(textWidth(s, 100, 400), s).toBeGreaterThanOrEqual(Math.max(v4, d4) * 100);
      expect(textWidth(s, 100, 700), s).toBeGreaterThanOrEqual(Math.max(v7, d7) * 100);
    }
  });

  it("is not wasteful: on average within 35% of the wider font", () => {
    const ratios = ROWS.map(([s, v4, d4]) => textWidth(s, 100) / (Math.max(v4, d4) * 100));
    expect(ratios.reduce((a, b) => a + b, 0) / ratios.length).toBeLessThan(1.35);
  });

  it("scales with the font size and ignores direction marks", () => {
    expect(textWidth("منطقه ۶", 26)).toBe(Math.ceil((textWidth("منطقه ۶", 1000) / 1000) * 26 - 1e-9) || textWidth("منطقه ۶", 26));
    expect(textWidth("\u200Fمنطقه ۶\u200F", 13)).toBe(textWidth("منطقه ۶", 13));
    expect(textWidth("", 13)).toBe(0);
  });
});

describe("fitText / wrapByWidth", () => {
  it("cuts at a word and marks the cut", () => {
    const s = "ارقام مالی گزارش‌شده به تفکیک محدوده";
    const cut = fitText(s, 13, 100);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(100);
    expect(fitText("منطقه ۶", 13, 200)).toBe("منطقه ۶");
  });

  it("wraps into lines that each fit, the last one cut when over the line limit", () => {
    const s = "یک دو سه چهار پنج شش هفت هشت نه ده یازده دوازده سیزده چهارده";
    const lines = wrapByWidth(s, 20, 200, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidth(l, 20)).toBeLessThanOrEqual(200);
    expect(lines[1]!.endsWith("…")).toBe(true);
    expect(wrapByWidth("کوتاه", 20, 200, 2)).toEqual(["کوتاه"]);
  });
});
