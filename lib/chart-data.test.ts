import { describe, expect, it } from "vitest";
import { figureText, kindShape } from "./chart-data";

describe("kindShape", () => {
  it("gives a kind of amount its own shape and any other series a circle", () => {
    expect(kindShape("credit")).toBe("square");
    expect(kindShape("other")).toBe("ring");
    expect(kindShape("articles")).toBe("circle");
    expect(kindShape("")).toBe("circle");
  });
});

describe("figureText", () => {
  it("says the qualifier and the year with the exact figure", () => {
    expect(figureText(730_000_000_000, "rial", "about", "1402")).toBe("حدود ۷۳۰ میلیارد ریال (سال ۱۴۰۲)");
    expect(figureText(730_000_000_000, "rial", null, null)).toBe("۷۳۰ میلیارد ریال");
  });
});
