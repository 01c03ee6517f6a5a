import { describe, expect, it } from "vitest";
import { textWidth } from "../charts/measure";
import { fitLabel } from "./label-fit";

describe("fitLabel", () => {
  it("keeps a label that fits at its size", () => {
    expect(fitLabel("منطقه ۶", 23, 140, 14, 700)).toEqual({ text: "منطقه ۶", size: 23 });
  });

  it("shrinks a long label to fit its chip, never below the minimum", () => {
    const f = fitLabel("شهرک خودرو: ۱۲ پروژه", 18, 150, 12);
    expect(f.text).toBe("شهرک خودرو: ۱۲ پروژه");
    expect(f.size).toBeLessThan(18);
    expect(f.size).toBeGreaterThanOrEqual(12);
    expect(textWidth(f.text, f.size)).toBeLessThanOrEqual(150);
  });

  it("cuts what cannot fit at the minimum size", () => {
    const f = fitLabel("بیش از ۱۲٬۳۲۰ میلیارد ریال برای سه منطقه", 18, 80, 12);
    expect(f.size).toBe(12);
    expect(f.text.endsWith("…")).toBe(true);
    expect(textWidth(f.text, 12)).toBeLessThanOrEqual(80);
  });
});
