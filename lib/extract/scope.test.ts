import { describe, expect, it } from "vitest";
import { actorLevel, articleScope, groupMentions, specific } from "./scope";
import { findMentions } from "./places";
import { normaliseString } from "./normalize";

const scopeOf = (s: string) => {
  const text = normaliseString(s);
  return articleScope(text, findMentions(text));
};

describe("scope", () => {
  it("drops a parent when a child is named with it", () => {
    expect(specific(["city", "region-6", "region-2"])).toEqual(["region-2", "region-6"]);
    expect(specific(["province", "kahak"])).toEqual(["kahak"]);
  });

  it("joins places written as one list", () => {
    const text = normaliseString("شهرک خودرو و شهرک صنوف و در منطقه ۶");
    expect(groupMentions(text, findMentions(text)).map((g) => g.slugs)).toEqual([["shahrak-khodro", "shahrak-senf"], ["region-6"]]);
  });

  it.each([
    // the region of whoever speaks
    ["مدیر منطقه ۵ شهرداری قم از بازگشایی یک بوستان در سطح شهر خبر داد.", ["region-5"]],
    // else the area the headline and lead name, even when a provincial official speaks
    ["آغاز ساخت سالن ورزشی پردیسان\nاستاندار قم از آغاز عملیات خبر داد.", ["pardisan"]],
    ["افتتاح طرح‌های شهرستان جعفرآباد\nبا حضور استاندار قم طرح‌ها افتتاح شد.", ["jafariyeh"]],
    // a headline about the province stays about the province
    ["اختصاص اعتبار برای طرح‌های استان قم\nدر این جلسه برای منطقه جمکران اعتبار تصویب شد.", ["province"]],
    // else the level of who acts: the municipality, or a provincial agency
    ["شهردار قم گفت: این پروژه مهم است.", ["city"]],
    ["مدیرکل راه و شهرسازی استان قم گفت: این طرح مهم است.", ["province"]],
    ["معاون اداره کل آموزش و پرورش گفت: زمین چمن افتتاح شد.", ["province"]],
    ["این پروژه مهم است.", []],
  ])("%s → %j", (text, want) => expect(scopeOf(text)).toEqual(want));

  it("reads the municipality as the actor even when the reporter writes «استان قم»", () => {
    const text = normaliseString("۱۵ پروژه شهرداری استان قم افتتاح شد");
    expect(actorLevel(text, findMentions(text))).toBe("city");
  });
});
