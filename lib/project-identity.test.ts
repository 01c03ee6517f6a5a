import { describe, expect, it } from "vitest";
import { clusterMentions, matchMentions, type Match } from "./project-identity";

// Name pairs written the way outlets write them (our own sentences, not corpus quotes): the same
// work named differently matches; a phase, a place, a number or another work done keeps apart.
const PAIRS: [string, string[], string, string[], Match][] = [
  // same work, named differently
  ["پل شهیدان آقازاده", ["region-3"], "پل آقازاده", ["region-3"], "equal"],
  ["مونوریل", ["city"], "پروژه مونوریل قم", ["city"], "equal"],
  ["فاز دوم بوستان خضر نبی", ["region-4"], "بوستان خضر نبی (فاز ۲)", ["region-4"], "equal"],
  ["فاز نخست بوستان نرگس", ["region-2"], "فاز اول بوستان نرگس", ["region-2"], "equal"],
  ["بوستان خضر نبی (ع)", ["region-4"], "بوستان خضرنبی", ["region-4"], "equal"],
  ["فاز ۵ بلوار عمار یاسر", ["region-7"], "فاز پنجم محور عماریاسر", ["city"], "equal"],
  ["فاز پنجم عمار یاسر", ["city"], "فاز ۵ بلوار عمار یاسر", ["region-7"], "equal"],
  ["تقاطع غیرهمسطح شهید آیت‌الله سید محمدباقر حکیم", ["province"], "تقاطع شهید حکیم محمدباقر", ["region-1"], "equal"],
  ["قطار شهری", ["city"], "متروی قم", ["city"], "equal"],
  ["تونل و زیرگذر امام موسی صدر", ["city"], "زیرگذر امام موسی صدر", ["city"], "equal"],
  ["بوستان کتاب", ["region-8"], "پارک کتاب", ["pardisan"], "equal"],
  ["خیابان صفاییه", ["region-7"], "بهسازی خیابان صفاییه", ["region-7"], "equal"],
  ["بهسازی و تعریض بلوار امین", ["region-4"], "بهسازی بلوار امین", ["region-4"], "equal"],
  ["کتابخانه مرکزی شهر قم", ["city"], "کتابخانه مرکزی قم", ["province"], "equal"],
  // one name is the other's with a word more: the same work when nothing else could be meant
  ["بوستان خضر", ["region-4"], "بوستان خضر نبی", ["region-4"], "subset"],
  ["تقاطع غیرهمسطح شهرک قدس", ["city"], "تقاطع غیرهمسطح بلوار بروجردی و شهرک قدس", ["city"], "subset"],
  ["سه زمین ورزشی در بوستان معلم", ["region-1"], "زمین ورزشی روباز بوستان معلم", ["region-1"], "equal"],
  // a phase keeps apart
  ["فاز دوم بوستان خضر نبی", ["region-4"], "بوستان خضر نبی", ["region-4"], null],
  ["فاز دوم بوستان خضر نبی", ["region-4"], "فاز سوم بوستان خضر نبی", ["region-4"], null],
  ["فاز پنجم خضر نبی", ["city"], "بوستان خضر نبی", ["region-4"], null],
  ["فاز نخست خط یک قطار شهری", ["city"], "فاز دوم خط یک متروی قم", ["city"], null],
  // another place keeps apart
  ["بوستان ترافیک", ["pardisan"], "پارک ترافیک", ["region-2"], null],
  ["خط انتقال شهر دستجرد", ["dastjerd"], "خط انتقال شهر قنوات", ["qanavat"], null],
  ["بوستان ولایت", ["region-3"], "بوستان ولایت", ["kahak"], null],
  ["بوستان ولایت", ["city"], "بوستان ولایت", ["kahak"], null],
  // another work done keeps apart
  ["لوله‌گذاری خیابان امامزاده ابراهیم", ["region-6"], "بهسازی خیابان امامزاده ابراهیم", ["region-6"], null],
  ["ساماندهی محله چهل اختران", ["region-1"], "بهسازی محله چهل اختران", ["region-1"], null],
  // another number, size, head or name keeps apart
  ["سوله ورزشی چهار", ["pardisan"], "سوله ورزشی پنج", ["pardisan"], null],
  ["کلانتری ۱۳", ["city"], "کلانتری ۱۲", ["city"], null],
  ["خط A متروی قم", ["city"], "خط یک متروی قم", ["city"], null],
  ["مخزن ۲۰۰۰ متر مکعبی جعفریه", ["jafariyeh"], "مخزن ۵۰۰ مترمکعبی جعفریه", ["jafariyeh"], null],
  ["مجموعه ورزشی بوستان خضر نبی", ["region-4"], "بوستان خضر نبی", ["region-4"], null],
  ["پارک ترافیک بوستان جوان", ["region-2"], "بوستان جوان", ["region-2"], null],
  ["زیرگذر بلوار شهدای روحانیت", ["region-2"], "تقاطع غیرهمسطح بلوار شهدای روحانیت", ["region-2"], null],
  ["سه زمین ورزشی در بوستان معلم", ["region-1"], "سه زمین ورزشی در بوستان هاشمی", ["region-1"], null],
  ["بوستان علوی", ["region-4"], "بوستان زائر", ["region-4"], null],
  ["خیابان صفاییه شمالی", ["region-7"], "خیابان صفاییه جنوبی", ["region-7"], null],
  ["بلوار امام", ["city"], "بلوار امام رضا", ["city"], null],
  ["قطار شهری", ["city"], "خط یک متروی قم", ["city"], null],
];

describe("matchMentions", () => {
  it.each(PAIRS)("%s (%s) ~ %s (%s) → %s", (a, pa, b, pb, expected) => {
    expect(matchMentions({ key: "a", name: a, places: pa }, { key: "b", name: b, places: pb })).toBe(expected);
    expect(matchMentions({ key: "b", name: b, places: pb }, { key: "a", name: a, places: pa })).toBe(expected);
  });
});

const m = (key: string, name: string, places: string[] = ["region-4"]) => ({ key, name, places });
const sorted = (cl: string[][]) => cl.map((c) => [...c].sort()).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));

describe("clusterMentions", () => {
  it("makes one work of every mention that names it, whatever the order they come in", () => {
    const ms = [
      m("a1", "بوستان خضر نبی (ع)"), m("b1", "توسعه و تکمیل بوستان خضر نبی"), m("c1", "بوستان خضرنبی"),
      m("d1", "فاز دوم بوستان خضر نبی"), m("e1", "بوستان خضر نبی (فاز ۲)"), m("f1", "بوستان علوی"),
    ];
    const expected = [["a1", "b1", "c1"], ["d1", "e1"], ["f1"]];
    expect(sorted(clusterMentions(ms))).toEqual(expected);
    expect(sorted(clusterMentions([...ms].reverse()))).toEqual(expected);
  });

  it("never chains two works through a mention that matches both (precision first)", () => {
    // «خیابان صفاییه» alone could be either work: it stays apart, and so do the two works
    const ms = [m("a", "لوله‌گذاری خیابان صفاییه"), m("b", "خیابان صفاییه"), m("c", "بهسازی خیابان صفاییه")];
    expect(sorted(clusterMentions(ms))).toEqual([["a"], ["b"], ["c"]]);
    // «بوستان خضر» could be «بوستان خضر نبی» or «بوستان خضر الیاس»: it stays apart too
    const parks = [m("x", "بوستان خضر"), m("y", "بوستان خضر نبی"), m("z", "بوستان خضر الیاس")];
    expect(sorted(clusterMentions(parks))).toEqual([["x"], ["y"], ["z"]]);
  });

  it("joins a new mention to an existing work, and a later, more precise name can split an unclear one off", () => {
    const before = [m("a", "بوستان خضر نبی"), m("b", "بوستان خضر")];
    expect(sorted(clusterMentions(before))).toEqual([["a", "b"]]);
    const after = [...before, m("c", "بوستان خضر الیاس")];
    expect(sorted(clusterMentions(after))).toEqual([["a"], ["b"], ["c"]]);
  });

  it("groups a few thousand mentions quickly enough for every ingest", () => {
    const ms = Array.from({ length: 3000 }, (_, i) => m(`k${String(i).padStart(5, "0")}`, `بوستان نام${i % 1500}`, [`region-${((i % 1500) % 8) + 1}`]));
    const clusters = clusterMentions(ms);
    expect(clusters).toHaveLength(1500);
    expect(clusters.every((c) => c.length === 2)).toBe(true);
  });
});
