import { describe, expect, it } from "vitest";
import { findFigures } from "./figures";
import { findMentions } from "./places";
import { articleScope, groupMentions } from "./scope";
import { splitPieces } from "./segments";
import { normaliseString } from "./normalize";

function figures(s: string) {
  const text = normaliseString(s);
  const mentions = findMentions(text);
  return findFigures(text, { groups: groupMentions(text, mentions), pieces: splitPieces(text), scope: articleScope(mentions) });
}

describe("findFigures", () => {
  it("gives each figure the places of its own clause", () => {
    const { quantities } = figures("سال گذشته ۳۰۰ هزار تن آسفالت در سطح شهر قم توزیع شدکه بیش از ۴۰ هزار تن از آن در منطقه ۶ بود.");
    expect(quantities.map((q) => [q.value, q.districts])).toEqual([[300000, ["city"]], [40000, ["region-6"]]]);
  });

  it("borrows places from the previous sentence of the paragraph, then the article's scope", () => {
    const { amounts } = figures("شهردار منطقه ۴ قم گفت: امسال ۲۰ میلیارد تومان هزینه شد.\nدر پاراگراف بعد ۵ میلیارد تومان اعتبار آمد.");
    expect(amounts.map((a) => a.districts)).toEqual([["region-4"], ["city"]]);
  });

  it("keeps one fact when a headline repeats the body's amount", () => {
    const { amounts } = figures("اختصاص ۵۰۰ میلیارد ریال\nبرای منطقه ۳ اعتبار ۵۰۰ میلیارد ریال اختصاص یافت.");
    expect(amounts.map((a) => a.districts)).toEqual([["region-3"]]);
  });
});
