import { describe, expect, it } from "vitest";
import { findMentions } from "./places";
import { normaliseString } from "./normalize";

const slugs = (text: string) => findMentions(normaliseString(text)).filter((m) => !m.anaphor).map((m) => m.slugs);

describe("findMentions", () => {
  it.each([
    ["منطقه ۶", [["region-6"]]], ["منطقه 6 قم", [["region-6"]]], ["منطقه شش", [["region-6"]]],
    ["مناطق ۲ و ۶", [["region-2", "region-6"]]], ["منطقه ۲ و ۶", [["region-2", "region-6"]]],
    ["مناطق یک، دو و سه", [["region-1", "region-2", "region-3"]]], ["شهرداری منطقه ۶، ۴۴۲ میلیارد", [["region-6"]]],
    ["۲ منطقه", []], ["منطقه ۱۲", []], ["منطقه نیروگاه", [["niroogah"]]], ["برق منطقه‌ای تهران", []],
    ["منطقه ۳ تهران", []], ["سید معصوم(ع)", [["seyyed-masoum"]]], ["سیدمعصوم", [["seyyed-masoum"]]],
    ["شهرک خودرو و شهرک صنوف", [["shahrak-khodro"], ["shahrak-senf"]]], ["کهک، سلفچگان، قنوات و جعفریه", [["kahak"], ["salafchegan"], ["qanavat"], ["jafariyeh"]]],
    ["شهرداری قم", [["city"]]], ["در سطح شهر قم", [["city"]]], ["استان قم", [["province"]]], ["مسئولان استان", [["province"]]],
    ["استانهای پیشرو", []], ["استاندار قم", []], ["شهرستان قم", []], ["پردیسان", [["pardisan"]]], ["مسجد جمکران", [["jamkaran"]]],
    ["دستجرد", [["dastjerd"]]], ["نیروگاه خورشیدی", []],
  ])("%s", (text, want) => expect(slugs(text)).toEqual(want));

  it("resolves «این منطقه» to the last area named, without counting it as a naming", () => {
    const all = findMentions(normaliseString("تکمیل سوله ورزشی منطقه ۶ از پروژه های این منطقه است"));
    expect(all.map((m) => [m.slugs, m.anaphor])).toEqual([[["region-6"], false], [["region-6"], true]]);
  });
});
