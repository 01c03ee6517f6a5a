import { describe, expect, it } from "vitest";
import { findRawQuantities } from "./quantities";
import { normaliseString } from "./normalize";

const read = (s: string) => findRawQuantities(normaliseString(s), []).map((q) => [q.value, q.unit]);

describe("findRawQuantities", () => {
  it.each([
    ["۳۰۰ هزار تن آسفالت", [[300000, "ton"]]], ["بیش از ۴۰ هزار تن از آن", [[40000, "ton"]]],
    ["۴۵۰ هزار تن جمعیت", [[450000, "people"]]], ["۱۵۰ هزار نفر", [[150000, "people"]]],
    ["۲۰ هزار متر مربع", [[20000, "m2"]]], ["۱۲ کیلومتر", [[12, "km"]]], ["۵۰۰ متر", [[500, "m"]]],
    ["۳ هکتار", [[3, "ha"]]], ["۷۰ پروژه عمرانی", [[70, "projects"]]], ["۹ برنامه اصلی", [[9, "programs"]]],
    ["60 بقعه استان", [[60, "shrines"]]], ["۵۰۰ واحد مسکونی", [[500, "units"]]],
    ["با پیشرفت فیزیکی ۷۰ درصد", [[70, "percent"]]], ["۳۰ درصد تخفیف", []], ["میدان ۷۲ تن", []],
    ["میدان شهدای ۷۲ تن", []], ["خیابان ۳۵ متری", []], ["۲ منطقه", []], ["نیمی از مردم", []], ["۲۰ تن از مسئولان", []],
    ["یک پروژه مهم", []], ["سه پروژه", [[3, "projects"]]], ["۵۰ سال", []],
  ])("%s", (text, want) => expect(read(text)).toEqual(want));

  it("skips numbers already read as money", () => {
    const text = normaliseString("۵ میلیارد ریال");
    expect(findRawQuantities(text, [{ start: 0, end: text.length }])).toEqual([]);
  });
});
