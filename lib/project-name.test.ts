import { describe, expect, it } from "vitest";
import { nameParts } from "./project-name";

// name → the parts that tell which work it is (each case one line).
const CASES: [string, Partial<ReturnType<typeof nameParts>>][] = [
  ["بوستان خضر نبی (ع)", { heads: ["park"], naming: ["خضر", "نبی"], phase: null }],
  ["فاز دوم بوستان خضر نبی", { heads: ["park"], naming: ["خضر", "نبی"], phase: "2" }],
  ["بوستان خضر نبی (فاز ۲)", { heads: ["park"], naming: ["خضر", "نبی"], phase: "2" }],
  ["فاز پنجم عمار یاسر", { heads: [], naming: ["عمار", "یاسر"], phase: "5" }],
  ["بخش پنجم خطوط انتقال شهرستان کهک", { heads: ["pipeline"], naming: ["شهرستان", "کهک"], phase: "5" }],
  ["تقاطع غيرهمسطح شهيد آيتالله سيد محمدباقر حکيم", { heads: ["interchange"], naming: ["محمدباقر", "حکیم"] }],
  ["بلوار امام", { heads: ["road"], naming: ["امام"] }],
  ["تونل و زیرگذر امام موسی صدر", { heads: ["تونل", "زیرگذر"], naming: ["موسی", "صدر"] }],
  ["لوله‌گذاری خیابان امامزاده ابراهیم (ع)", { works: ["لولهگذاری"], heads: ["خیابان"] }],
  ["بوستان 19 هکتاری زائر", { naming: ["زایر"], size: "19 ha", numbers: [] }],
  ["مخزن ۲۰۰۰ متر مکعبی جعفریه", { naming: ["جعفریه"], size: "2000 m3" }],
  ["کلانتری ۱۳ شهر قم", { heads: ["کلانتری"], naming: [], numbers: ["13"] }],
  ["سوله ورزشی منطقه ۶ خیابان گلشن", { heads: ["سوله"], naming: ["گلشن"], numbers: [] }],
  ["خط یک متروی قم", { heads: ["خط"], naming: ["@rail"], numbers: ["1"] }],
  ["پارک ترافیک بوستان جوان قم", { heads: ["park"], naming: ["ترافیک"], within: ["جوان"] }],
  ["سه زمین ورزشی روباز در بوستان معلم", { heads: ["زمینورزشی"], naming: ["معلم"], within: [] }],
  ["قطار شهری", { heads: ["rail"], naming: [] }],
  ["خیابان صفاییه شمالی", { naming: ["صفاییه", "شمالی"] }],
];

describe("nameParts", () => {
  it.each(CASES)("%s", (name, expected) => {
    expect(nameParts(name)).toMatchObject(expected);
  });
});
