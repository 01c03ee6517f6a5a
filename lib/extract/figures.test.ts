import { describe, expect, it } from "vitest";
import { findFigures } from "./figures";
import { buildContext } from "./context";
import { normaliseString } from "./normalize";

function figures(s: string) {
  const text = normaliseString(s);
  return findFigures(text, buildContext(text));
}

describe("findFigures", () => {
  it("gives each figure the places of its own clause", () => {
    const { quantities } = figures("سال گذشته ۳۰۰ هزار تن آسفالت در سطح شهر قم توزیع شدکه بیش از ۴۰ هزار تن از آن در منطقه ۶ بود.");
    expect(quantities.map((q) => [q.value, q.districts])).toEqual([[300000, ["city"]], [40000, ["region-6"]]]);
  });

  it("gives a figure without a place of its own the article's scope: its speaker's region", () => {
    const { amounts } = figures("شهردار منطقه ۴ قم گفت: امسال ۲۰ میلیارد تومان هزینه شد.\nدر پاراگراف بعد ۵ میلیارد تومان اعتبار آمد.");
    expect(amounts.map((a) => a.districts)).toEqual([["region-4"], ["region-4"]]);
  });

  it("lends a sentence's places to the next one only when it points back («این پروژه»)", () => {
    const { amounts } = figures("کارها در سطح شهر قم ادامه دارد. بوستان جدیدی در منطقه ۲ افتتاح شد. این پروژه ۲۰ میلیارد تومان هزینه داشت. امسال ۵ میلیارد تومان اعتبار آمد.");
    expect(amounts.map((a) => a.districts)).toEqual([["region-2"], ["city"]]);
  });

  it("does not place a figure where its money comes from («از محل اعتبارات سفر ... به استان قم»)", () => {
    const { amounts } = figures("خط انتقال شهر قنوات افتتاح شد.\nمدیرعامل آبفا گفت: ۴۳۰ میلیارد ریال از محل اعتبارات سفر رئیس جمهور به استان قم برای این پروژه جذب شد.");
    expect(amounts.map((a) => a.districts)).toEqual([["qanavat"]]);
  });

  it("does not place a figure at the ends of a line («از ... به ... متصل می‌شود»)", () => {
    const { amounts } = figures("شهردار قم گفت: خط دو مترو از میدان شهدا به منطقه ۵ متصل می‌شود و برای اجرای آن ۹ هزار میلیارد تومان اعتبار پیش‌بینی شده است.");
    expect(amounts.map((a) => a.districts)).toEqual([["city"]]);
  });

  it("takes a sentence's closing «در ...» for all its figures, but not a place that describes another one", () => {
    expect(figures("۲۰ پروژه با اعتبار ۵۰ میلیارد ریال در منطقه ۳ افتتاح شد.").amounts.map((a) => a.districts)).toEqual([["region-3"]]);
    const { amounts } = figures("مدیر منطقه ۸ گفت: این تصفیه‌خانه با هزینه ۳۰ میلیارد ریال و ظرفیت ۵۰ هزار نفر نیاز استان قم را تامین می‌کند.");
    expect(amounts.map((a) => a.districts)).toEqual([["region-8"]]);
  });

  it("counts a figure in a gazetteer neighbourhood in that neighbourhood's region", () => {
    const { amounts } = figures("بهسازی محله چهل اختران با ۳۰ میلیارد ریال اعتبار آغاز شد.");
    expect(amounts.map((a) => a.districts)).toEqual([["region-1"]]);
  });

  it("keeps one fact when a headline repeats the body's amount", () => {
    const { amounts } = figures("اختصاص ۵۰۰ میلیارد ریال\nبرای منطقه ۳ اعتبار ۵۰۰ میلیارد ریال اختصاص یافت.");
    expect(amounts.map((a) => a.districts)).toEqual([["region-3"]]);
  });
});

describe("repeated figures", () => {
  const amounts = (s: string) => figures(s).amounts.map((a) => [a.value_rial, a.kind, a.districts]);

  it("keeps one fact with the most telling kind and the most specific places", () => {
    expect(amounts("اختصاص ۱۰۵ میلیارد تومان برای طرح‌های استان قم\nدر این جلسه ۱۰۵ میلیارد تومان اعتبار برای منطقه جمکران اختصاص یافت.\nبه گفته وی بودجه منطقه ۲ مبلغ ۶۱۶ میلیارد تومان است. شهردار منطقه ۲ از اعتبار ۶۱۶ میلیارد تومانی خبر داد."))
      .toEqual([[1_050_000_000_000, "credit", ["jamkaran"]], [6_160_000_000_000, "budget", ["region-2"]]]);
  });

  it("keeps two facts when the text tells them apart: one sentence, two periods or two kinds", () => {
    expect(amounts("امسال ۲۰۰ میلیارد تومان از وزارت تأمین می‌شود. سال آینده نیز ۲۰۰ میلیارد تومان از وزارت اختصاص خواهد یافت.")).toHaveLength(2);
    expect(amounts("۲۴۰ میلیارد تومان به صورت غیرنقدی محقق شد. ۲۴۰ میلیارد تومان از بودجه درآمدی به صورت نقدی است.")).toHaveLength(2);
    expect(amounts("۵۰ میلیارد ریال برای بوستان و ۵۰ میلیارد ریال برای پارک اختصاص یافت.")).toHaveLength(2);
  });
});
