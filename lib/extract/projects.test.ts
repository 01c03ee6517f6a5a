import { describe, expect, it } from "vitest";
import { categorise } from "./projects";
import { extractArticle } from "./index";

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
    ["احداث کتابخانه مرکزی به زودی آغاز نمی‌شود و برنامه‌ریزی آن انجام شده است.", "planned"],
  ])("%s → %s", (text, status) => expect(extractArticle(text).projects[0]?.status).toBe(status));

  it("merges two mentions of the same work and skips vague ones", () => {
    const x = extractArticle("احداث بازارچه محلی به زودی انجام می‌شود. روند احداث و راه اندازی بازارچه محلی به زودی بررسی می‌شود. احداث این پل نیز انجام می‌شود.");
    expect(x.projects.map((p) => p.name)).toEqual(["احداث بازارچه محلی"]);
  });

  it("names «به زودی X فعال می‌شود» subjects and keeps their places", () => {
    const x = extractArticle("برای رسیدگی به شکایات نیز به زودی واحدی مستقل در منطقه سید معصوم فعال میشود.");
    expect(x.projects).toMatchObject([{ name: "واحدی مستقل", status: "planned", districts: ["seyyed-masoum"] }]);
  });
});
