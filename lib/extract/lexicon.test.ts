import { describe, expect, it } from "vitest";
import { Lexicon, spellings, splitWords } from "./lexicon";
import { normaliseString } from "./normalize";

describe("splitWords", () => {
  it("splits at anything but letters and digits, keeping decimals and fractions whole", () => {
    const text = normaliseString("معبر ۱.۱ خیابان ایثار، ۲/۵ میلیارد (ع)");
    expect(splitWords(text, 0, text.length).map((w) => w.text)).toEqual(["معبر", "1.1", "خیابان", "ایثار", "2/5", "میلیارد", "ع"]);
  });
});

describe("Lexicon", () => {
  it("writes a keyword's space or ZWNJ as space or nothing", () => {
    expect(spellings("بهره‌برداری از")).toEqual([["بهره", "برداری", "از"], ["بهره", "برداریاز"], ["بهرهبرداری", "از"], ["بهرهبرداریاز"]]);
  });

  it("finds the longest keyword at a word, with the first list's value on a tie", () => {
    const lex = new Lexicon<string>().addAll(["تقاطع"], "head").addAll(["تقاطع غیرهمسطح"], "head2").addAll(["تقاطع"], "other");
    const text = normaliseString("احداث تقاطع غیرهمسطح و تقاطع ساده");
    const words = splitWords(text, 0, text.length);
    expect(lex.matchAt(text, words, 1)).toEqual({ value: "head2", length: 2 });
    expect(lex.matchAt(text, words, 4)).toEqual({ value: "head", length: 1 });
    expect(lex.matchAt(text, words, 0)).toBeNull();
  });

  it("does not match across punctuation, and adds plural suffixes glued or apart", () => {
    const lex = new Lexicon<string>().add("خط انتقال", "head").add("سوله", "head", ["ها", "های"]);
    const text = normaliseString("خط، انتقال سوله های ورزشی و سولههای دیگر");
    const words = splitWords(text, 0, text.length);
    expect(lex.matchAt(text, words, 0)).toBeNull();
    expect(lex.matchAt(text, words, 2)).toEqual({ value: "head", length: 2 });
    expect(lex.matchAt(text, words, 6)).toEqual({ value: "head", length: 1 });
  });
});
