import { describe, expect, it } from "vitest";
import { factAnchor, segmentArticle, sentenceAround, splitSentences, type FactSpan } from "./article-view";

const TEXT = "بودجه منطقه ۶ تصویب شد. احداث بوستان شاهد آغاز شد؟ پایان\nپاراگراف دوم در منطقه ۲";

describe("splitSentences", () => {
  it("splits on Persian and Latin sentence ends and line breaks", () => {
    const parts = splitSentences(TEXT).map(([s, e]) => TEXT.slice(s, e).trim());
    expect(parts).toEqual(["بودجه منطقه ۶ تصویب شد.", "احداث بوستان شاهد آغاز شد؟", "پایان", "پاراگراف دوم در منطقه ۲"]);
  });

  it("finds the sentence around an offset", () => {
    const at = TEXT.indexOf("بوستان");
    const [s, e] = sentenceAround(TEXT, at);
    expect(TEXT.slice(s, e).trim()).toBe("احداث بوستان شاهد آغاز شد؟");
  });
});

describe("segmentArticle", () => {
  const place = TEXT.indexOf("منطقه ۶");
  const project = TEXT.indexOf("احداث");
  const facts: FactSpan[] = [
    { anchor: factAnchor("place", place), type: "place", start: place, end: place + "منطقه ۶".length },
    { anchor: factAnchor("project", project), type: "project", start: project, end: project + "احداث بوستان شاهد".length },
    { anchor: factAnchor("amount", 0), type: "amount", start: 0, end: place + 7 },
  ];
  const paragraphs = segmentArticle(TEXT, facts);

  it("keeps paragraphs and rebuilds the text exactly from the pieces", () => {
    expect(paragraphs).toHaveLength(2);
    const rebuilt = paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.pieces.map((x) => x.text))).join("");
    expect(rebuilt.replace(/\s/g, "")).toBe(TEXT.replace(/\s/g, ""));
  });

  it("puts every anchor exactly once, on the piece where its fact starts", () => {
    const anchors = paragraphs.flatMap((p) => p.sentences.flatMap((s) => s.pieces.flatMap((x) => x.anchors)));
    expect(anchors.sort()).toEqual(facts.map((f) => f.anchor).sort());
    const placePiece = paragraphs[0]!.sentences[0]!.pieces.find((x) => x.anchors.includes("fact-m-" + place));
    expect(placePiece?.text).toBe("منطقه ۶");
    expect(placePiece?.types.sort()).toEqual(["amount", "place"]);
  });

  it("drops spans that fall outside the text", () => {
    const out = segmentArticle("متن کوتاه", [{ anchor: "x", type: "amount", start: 3, end: 999 }]);
    expect(out[0]!.sentences[0]!.pieces.every((p) => p.types.length === 0)).toBe(true);
  });
});
