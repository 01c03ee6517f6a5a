import { describe, expect, it } from "vitest";
import { findMentions } from "./places";
import { normaliseString } from "./normalize";

const slugs = (text: string) => findMentions(normaliseString(text)).filter((m) => !m.anaphor && !m.actor).map((m) => m.slugs);
const actors = (text: string) => findMentions(normaliseString(text)).filter((m) => m.actor).map((m) => [m.slugs, m.level]);

describe("findMentions", () => {
  it.each([
    ["منطقه ۶", [["region-6"]]], ["منطقه 6 قم", [["region-6"]]], ["منطقه شش", [["region-6"]]],
    ["مناطق ۲ و ۶", [["region-2", "region-6"]]], ["منطقه ۲ و ۶", [["region-2", "region-6"]]],
    ["مناطق یک، دو و سه", [["region-1", "region-2", "region-3"]]], ["شهرداری منطقه ۶، ۴۴۲ میلیارد", [["region-6"]]],
    ["۲ منطقه", []], ["منطقه ۱۲", []], ["منطقه نیروگاه", [["niroogah"]]], ["برق منطقه‌ای تهران", []],
    ["منطقه ۳ تهران", []], ["سید معصوم(ع)", [["seyyed-masoum"]]], ["سیدمعصوم", [["seyyed-masoum"]]],
    ["شهرک خودرو و شهرک صنوف", [["shahrak-khodro"], ["shahrak-senf"]]], ["کهک، سلفچگان، قنوات و جعفریه", [["kahak"], ["salafchegan"], ["qanavat"], ["jafariyeh"]]],
    ["شهرداری قم", []], ["در سطح شهر قم", [["city"]]], ["استان قم", [["province"]]], ["مسئولان استان", []],
    ["استانهای پیشرو", []], ["استاندار قم", []], ["شهرستان قم", []], ["پردیسان", [["pardisan"]]], ["مسجد جمکران", [["jamkaran"]]],
    ["دستجرد", [["dastjerd"]]], ["نیروگاه خورشیدی", []],
    // the office's city is part of a region's name, not a naming of the city
    ["مدیر منطقه ۳ شهرداری قم", [["region-3"]]], ["معاون منطقه ۴ شهری قم", [["region-4"]]],
    // counties and districts are their towns; gazetteer neighbourhoods by their names
    ["شهرستان جعفرآباد", [["jafariyeh"]]], ["بخش سلفچگان", [["salafchegan"]]],
    ["محله چهل اختران", [["chehel-akhtaran"]]], ["در اسماعیل‌آباد", [["esmaeilabad"]]],
    // ordinary words that are also names only count with a word that makes them a place
    ["اوایل نوبهار", []], ["محله شهدای نوبهار", [["nobahar"]]],
    // offices and organisations say who acts, not where
    ["مدیرکل راه و شهرسازی استان قم", []], ["نماینده عالی دولت در استان", []], ["اجرای طرح در استان قم", [["province"]]],
  ])("%s", (text, want) => expect(slugs(text)).toEqual(want));

  it.each([
    ["شهردار قم گفت", [[["city"], "city"]]], ["استاندار قم افزود", [[["province"], "province"]]],
    ["مدیرعامل شرکت آب و فاضلاب استان قم", [[["province"], "province"]]],
    ["۱۵ پروژه شهرداری استان قم", [[["province"], "city"]]],
  ])("%s is an actor of its level", (text, want) => expect(actors(text)).toEqual(want));

  it("marks a region in a speaker's title", () => {
    const [m] = findMentions(normaliseString("شهردار منطقه شش گفت"));
    expect([m?.slugs, m?.speaker]).toEqual([["region-6"], true]);
    expect(findMentions(normaliseString("در منطقه ۶ اجرا شد"))[0]?.speaker).toBe(false);
  });

  it("resolves «این منطقه» to the last area named, without counting it as a naming", () => {
    const all = findMentions(normaliseString("تکمیل سوله ورزشی منطقه ۶ از پروژه های این منطقه است"));
    expect(all.map((m) => [m.slugs, m.anaphor])).toEqual([[["region-6"], false], [["region-6"], true]]);
  });
});
