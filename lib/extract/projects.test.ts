import { describe, expect, it } from "vitest";
import { categorise } from "./projects";
import { extractArticle } from "./index";

const names = (text: string) => extractArticle(text).projects.map((p) => p.name);

describe("categorise", () => {
  it.each([
    ["احداث بوستان شاهد", "park"], ["تکمیل سوله ورزشی منطقه ۶", "sports"], ["روکش آسفالت معابر", "road"],
    ["احداث بازارچه عرضه مستقیم", "market"], ["نهضت ملی مسکن", "housing"], ["تامین برق پایدار شهرک خودرو", "utilities"],
    ["ایستگاه قطار شهری", "transit"], ["احداث فرهنگسرای غدیر", "culture"], ["فاز پنجم خضر نبی", "other"],
  ])("%s → %s", (name, cat) => expect(categorise(name)).toBe(cat));
});

describe("project statuses", () => {
  it.each([
    ["پروژه احداث پارک نرگس به بهره برداری خواهد رسید.", "opening"],
    ["کلنگ‌زنی احداث زیرگذر امام رضا انجام شد.", "groundbreaking"],
    ["کنارگذر رسالت از طرحهایی است که عملیات اجرایی آنها آغاز خواهد شد.", "groundbreaking"],
    ["پروژه احداث پل غدیر در دست اجرا است.", "in_progress"],
    ["احداث استخر سرپوشیده پردیسان تکمیل شد.", "completed"],
    ["احداث کتابخانه مرکزی شهید بهشتی به زودی آغاز نمی‌شود و برنامه‌ریزی آن انجام شده است.", "planned"],
  ])("%s → %s", (text, status) => expect(extractArticle(text).projects[0]?.status).toBe(status));
});

// One line per rule: a sentence written the way outlets write, and the projects it names.
describe("project names as a grammar", () => {
  it.each([
    // a head and its proper name; a building verb is not part of the name
    ["شهردار منطقه ۵ از افتتاح بوستان نیایش خبر داد.", ["بوستان نیایش"]],
    // works done to an existing work stay in its name
    ["بهسازی و تعریض بلوار امین در دست اجراست.", ["بهسازی و تعریض بلوار امین"]],
    ["تعویض لوله‌های خیابان شهید فاطمی آغاز شد.", ["تعویض لوله‌های خیابان شهید فاطمی"]],
    // a name ends at money, a verb or «با»
    ["احداث پل عابر پیاده ولیعصر با اعتبار ۲۰ میلیارد تومان آغاز شد.", ["پل عابر پیاده ولیعصر"]],
    // numbers and ordinals tell works apart
    ["فاز سوم بلوار غدیر و کلانتری ۱۲ افتتاح شد.", ["فاز سوم بلوار غدیر", "کلانتری ۱۲"]],
    // a list of parks is as many projects, each with the head in the singular
    ["تکمیل بوستان‌های نرگس، یاس و لاله ادامه دارد.", ["بوستان نرگس", "بوستان یاس", "بوستان لاله"]],
    ["اصلاح شبکه آبرسانی شهرهای کهک و قنوات انجام شد.", ["اصلاح شبکه آبرسانی شهر کهک", "اصلاح شبکه آبرسانی شهر قنوات"]],
    // a junction of two streets is one work
    ["کلنگ تقاطع غیرهمسطح بلوار امین و خیابان صدوقی زده شد.", ["تقاطع غیرهمسطح بلوار امین و خیابان صدوقی"]],
    // a work not yet named takes the place written after it
    ["ایجاد مخزن بتنی در میدان شهدا در دستور کار است.", ["مخزن بتنی در میدان شهدا"]],
    // routes: «از ... تا ...», «حد فاصل ... تا ...»
    ["روکش آسفالت خیابان انقلاب حد فاصل میدان شهدا تا میدان امام انجام شد.", ["روکش آسفالت خیابان انقلاب حد فاصل میدان شهدا تا میدان امام"]],
    // a work listed with an unnamed one lends it its place
    ["ساخت استخر سرپوشیده و سالن چندمنظوره در شهرک امید مصوب شد.", ["استخر سرپوشیده شهرک امید", "سالن چندمنظوره در شهرک امید"]],
    // the city's one metro is named by its head alone; its phases are works of their own
    ["عملیات قطار شهری ادامه دارد.", ["قطار شهری"]],
  ])("%s", (text, want) => expect(names(text)).toEqual(want));

  it.each([
    // categories of work with no name: not projects
    ["بهسازی معابر و ساماندهی فضای سبز شهری ادامه دارد."],
    ["ساخت سرویس‌های بهداشتی جدید و زمین بازی کودکان در دست اجراست."],
    ["احداث بوستان‌های محله‌ای در دستور کار است."],
    // a street or landmark named without a work done to it only says where
    ["مراسم در حاشیه میدان ولیعصر و در مسجد جامع برگزار شد."],
    // a work pointed back at («این بوستان») is not a new one
    ["احداث این بوستان سه سال طول کشید."],
    // an organisation's name is not a work
    ["مدیرعامل سازمان پارک‌ها و فضای سبز شهرداری قم گفت."],
  ])("%s names no project", (text) => expect(names(text)).toEqual([]));

  it("keeps one project for a work named twice, and two for two works on one street", () => {
    expect(names("احداث بوستان نیایش آغاز شد. بوستان نیایش تا پایان سال افتتاح می‌شود.")).toEqual(["بوستان نیایش"]);
    expect(names("لوله‌گذاری خیابان امام و بهسازی جداول خیابان امام انجام شد.")).toEqual(["لوله‌گذاری خیابان امام", "بهسازی جداول خیابان امام"]);
  });
});
