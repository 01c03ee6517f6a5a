import { describe, expect, it } from "vitest";
import { alternation, hitsIn, phraseSource, testWord, wordRegex } from "./patterns";

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

describe("alternation", () => {
  it("prefers the longest keyword, as a trie rejecting at the first letter", () => {
    const re = new RegExp(`^${alternation(["اعتبار", "اعتبار مورد نیاز", "اعتبارات", "بودجه"])}`, "u");
    expect(re.exec("اعتبار مورد نیاز است")?.[0]).toBe("اعتبار مورد نیاز");
    expect(re.exec("اعتبارات")?.[0]).toBe("اعتبارات");
    expect(re.exec("اعتبار مالی")?.[0]).toBe("اعتبار");
    expect(re.test("نیاز")).toBe(false);
  });
});
