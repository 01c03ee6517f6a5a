import { describe, expect, it } from "vitest";
import { findItems } from "./project-items";
import { normaliseString } from "./normalize";

const names = (s: string) => {
  const text = normaliseString(s);
  return findItems(text, 0, text.length).map((i) => text.slice(i.start, i.end));
};

describe("findItems", () => {
  it("splits a list at «،» and at «و» before a new head", () => {
    expect(names("وی تاکید کرد: بهسازی بلوار حضرت معصومه در باند برگشت، احداث بوستان شاهد، تکمیل سوله ورزشی منطقه ۶ و زیرسازی و آسفالت خیابان گلشن از پروژه های این منطقه است")).toEqual([
      "بهسازی بلوار حضرت معصومه در باند برگشت", "احداث بوستان شاهد", "تکمیل سوله ورزشی منطقه 6", "زیرسازی و آسفالت خیابان گلشن",
    ]);
  });

  it("starts names after «همچون» and object heads", () => {
    expect(names("به مواردی همچون رمپ حکیم، روکش آسفالت معابر و پیاده‌راه آیت‌الله طالقانی اشاره کرد")).toEqual([
      "رمپ حکیم", "روکش آسفالت معابر", "پیادهراه آیتالله طالقانی",
    ]);
  });

  it("needs a works object after a weak head and a name start before any head", () => {
    expect(names("تسریع اجرای زیرساختها و ارتقای رفاه")).toEqual([]);
    expect(names("مشکلات تامین برق شهرک خودرو")).toEqual([]);
    expect(names("سازمان ساماندهی مشاغل شهری")).toEqual([]);
    expect(names("روند ساخت، تجهیز و تحویل واحدها")).toEqual([]);
  });
});
