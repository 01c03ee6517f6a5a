import { describe, expect, it } from "vitest";
import { hitsIn, phraseSource, testWord, wordRegex } from "./patterns";

describe("patterns", () => {
  it("lets a ZWNJ or space in a keyword match space, ZWNJ-free or nothing", () => {
    const re = new RegExp(phraseSource("بهره‌برداری"), "u");
    expect(["بهره برداری", "بهرهبرداری"].every((s) => re.test(s))).toBe(true);
  });

  it("matches whole words only", () => {
    const re = wordRegex(["استان"]);
    expect(hitsIn(re, "استاندار استان استانها").map((h) => h.start)).toEqual([9]);
    expect(testWord(wordRegex(["سی"], { flags: "" }), "سید")).toBe(false);
  });
});
