import { describe, expect, it } from "vitest";
import { articleHref, articleLabel, citationText, dataFileHref, factHref, safeExternalUrl, sourceLine } from "./links";

describe("safeExternalUrl", () => {
  it.each([
    ["https://www.qom.ir/FZtEui", "https://www.qom.ir/FZtEui"],
    ["http://qomnews.ir/news/47422/فاز-دوم", "http://qomnews.ir/news/47422/فاز-دوم"],
    ["  https://a.example/x  ", "https://a.example/x"],
    ["javascript:alert(1)", null], ["data:text/html,x", null], ["//evil.example", null], ["/articles/1", null], ["https://", null], ["", null], [null, null],
  ])("%s → %s", (url, expected) => expect(safeExternalUrl(url)).toBe(expected));
});

describe("citations", () => {
  const a = { id: 7, title: "بوستان نمونه در منطقه ۳ افتتاح شد", outlet: "خبرگزاری نمونه", published: "2018-08-24", url: "https://news.example/1" };

  it("«title — outlet، date» with a Jalali date", () => {
    expect(sourceLine(a)).toBe("خبرگزاری نمونه، ۲ شهریور ۱۳۹۷");
    expect(citationText(a)).toBe("بوستان نمونه در منطقه ۳ افتتاح شد — خبرگزاری نمونه، ۲ شهریور ۱۳۹۷");
  });

  it("leaves out what the article does not have", () => {
    expect(citationText({ ...a, published: null })).toBe("بوستان نمونه در منطقه ۳ افتتاح شد — خبرگزاری نمونه");
    expect(citationText({ ...a, outlet: null, published: null })).toBe("بوستان نمونه در منطقه ۳ افتتاح شد");
  });

  it("cuts a long title at a word boundary", () => {
    expect(articleLabel(a, 22)).toBe("بوستان نمونه در منطقه…");
  });

  it("fact links point at the article's anchor", () => expect(factHref(7, "amount", 120)).toBe("/articles/7#fact-a-120"));
  it("an article's page and a data file", () => {
    expect(factHref(7, "place", 3)).toBe("/articles/7#fact-m-3");
    expect(articleHref(12)).toBe("/articles/12");
    expect(dataFileHref("amounts.csv")).toBe("/data/amounts.csv");
  });
});
