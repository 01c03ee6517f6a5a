import { describe, expect, it } from "vitest";
import { NUMBER_WORDS, SCALE_WORDS } from "./number-words";

describe("number words", () => {
  it("gives each word a place that is a power of ten not above its value", () => {
    for (const [word, { value, place }] of NUMBER_WORDS) {
      expect([1, 10, 100], word).toContain(place);
      if (value >= 1) expect(place <= value, word).toBe(true);
    }
  });
  it("knows the money scales", () => {
    expect(SCALE_WORDS.get("هزار")).toBe(1000n);
    expect(SCALE_WORDS.get("میلیارد")).toBe(1_000_000_000n);
  });
});
