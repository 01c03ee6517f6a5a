import { describe, expect, it } from "vitest";
import { cleanLabel, factLimitProblem, MAX_ARTICLE_BYTES, tooLargeProblem, urlProblem, utf16Problem } from "./article-guard";

const TEXT = "شهردار منطقه ۳ قم گفت: 120 میلیارد ریال برای بوستان هزینه شد.\n";
const utf16le = (s: string) => Buffer.from(s, "utf16le");
const utf16be = (s: string) => Buffer.from(s, "utf16le").swap16();

describe("utf16Problem", () => {
  it.each([
    ["UTF-16LE with BOM", Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(TEXT)]), /UTF-16 \(little-endian, with a byte-order mark\).*iconv -f UTF-16 -t UTF-8/],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]), /UTF-16 \(big-endian, with a byte-order mark\)/],
    ["UTF-16LE without BOM", utf16le(TEXT), /looks like UTF-16 \(little-endian, no byte-order mark\).*iconv -f UTF-16LE/],
    ["UTF-16BE without BOM", utf16be(TEXT), /looks like UTF-16 \(big-endian, no byte-order mark\).*iconv -f UTF-16BE/],
  ])("%s is named and the fix given", (_name, bytes, message) => {
    expect(utf16Problem(bytes)).toMatch(message);
  });

  it.each([
    ["UTF-8 text", Buffer.from(TEXT)],
    ["binary with NULs on both sides", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0, 0x48, 0x44, 0, 0x52])],
    ["one stray NUL", Buffer.from(`${TEXT}\u0000`)],
    ["NULs on one side but control bytes in between", Buffer.from([1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0])],
  ])("%s is not called UTF-16", (_name, bytes) => {
    expect(utf16Problem(bytes)).toBeNull();
  });
});

describe("cleanLabel: direction controls never reach a page", () => {
  it.each([
    ["\u202eاشاره\u202c", "اشاره"],
    ["خبرگزاری \u202eمهر", "خبرگزاری مهر"],
    ["\u2066تسنیم\u2069", "تسنیم"],
    ["\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", null],
    ["  قم فوری  ", "قم فوری"],
    ["منطقه\u200f ۳", "منطقه\u200f ۳"], // RLM is a mark, not an embedding: kept
    ["کانون\u200cقم", "کانون\u200cقم"], // ZWNJ is part of Persian spelling
    [null, null],
  ])("%j → %j", (input, expected) => {
    expect(cleanLabel(input)).toBe(expected);
  });
});

describe("urlProblem", () => {
  it.each(["https://www.mehrnews.com/news/1/%D9%82%D9%85", "http://qomefori.ir/x?id=3"])("%s is an article address", (url) => {
    expect(urlProblem(url)).toBeNull();
  });

  it.each([
    ["javascript:alert(1)", /not javascript:/],
    ["data:text/html,<script>alert(1)</script>", /not data:/],
    ["file:///etc/passwd", /not file:/],
    ["not a url", /is not an address/],
    ["https://example.com/\u202eabc", /direction controls/],
  ])("%s is refused", (url, message) => {
    expect(urlProblem(url)).toMatch(message);
  });
});

describe("limits", () => {
  it("refuses more bytes than a news article has, saying how many", () => {
    expect(tooLargeProblem(MAX_ARTICLE_BYTES)).toBeNull();
    expect(tooLargeProblem(5 * 1024 * 1024)).toBe("the file is 5120 kB, more than the 200 kB a news article may have (docs/reliability.md)");
  });

  it("refuses an article with more facts of one kind than the cap", () => {
    const ok = { amounts: 300, projects: 9, quantities: 6, mentions: 600 };
    expect(factLimitProblem(ok)).toBeNull();
    expect(factLimitProblem({ ...ok, amounts: 10_000 })).toMatch(/^10000 money amounts extracted, more than the 300 one article may add/);
    expect(factLimitProblem({ ...ok, mentions: 601 })).toMatch(/^601 place mentions/);
  });
});
