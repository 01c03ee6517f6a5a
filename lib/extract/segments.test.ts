import { describe, expect, it } from "vitest";
import { pieceAt, sentenceRanges, splitPieces } from "./segments";

describe("splitPieces", () => {
  it("cuts at sentence ends and colons, not inside decimals or times", () => {
    const text = "وی گفت: 2.5 میلیارد. ساعت 22:27 بود\nبند دوم"; // canonical text: ASCII digits
    const pieces = splitPieces(text).map((p) => [text.slice(p.start, p.end).trim(), p.para, p.stop]);
    expect(pieces).toEqual([["وی گفت", 0, ":"], ["2.5 میلیارد", 0, "."], ["ساعت 22:27 بود", 0, "\n"], ["بند دوم", 1, ""]]);
  });

  it("finds the piece of a position", () => {
    const pieces = splitPieces("الف. ب. ج");
    expect(pieceAt(pieces, 0)).toBe(0);
    expect(pieceAt(pieces, 5)).toBe(1);
    expect(pieceAt(pieces, 99)).toBe(-1);
  });
});

describe("sentenceRanges", () => {
  it("cuts at sentence stops but not inside numbers or web addresses, and at «:» only when asked", () => {
    const text = "بودجه ۲.۵ برابر شد. ساعت 22:27 خبر آمد؛ نشانی www.qom.ir است\nشهردار گفت: تمام";
    const cut = (colon: boolean) => sentenceRanges(text, 0, text.length, colon).map((r) => text.slice(r.start, r.end).trim());
    expect(cut(false)).toEqual(["بودجه ۲.۵ برابر شد.", "ساعت 22:27 خبر آمد؛", "نشانی www.qom.ir است", "شهردار گفت: تمام"]);
    expect(cut(true)).toEqual(["بودجه ۲.۵ برابر شد.", "ساعت 22:27 خبر آمد؛", "نشانی www.qom.ir است", "شهردار گفت:", "تمام"]);
  });
});
