import { describe, expect, it } from "vitest";
import { nameOverlap, nameTokens } from "./overlap";

describe("nameOverlap", () => {
  it.each([
    ["برق‌رسانی شهرک خودرو و شهرک صنوف", "تأمین برق پایدار شهرک خودرو و شهرک صنوف", true],
    ["فرصتهای سرمایهگذاری در ۶۰ بقعه", "فرصت‌های سرمایه‌گذاری در 60 بقعه", true],
    ["سالنهای ورزشی روباز", "سالن‌های ورزشی روباز در مناطق مختلف", true],
    ["احداث بوستان شاهد", "رمپ حکیم", false],
    ["", "رمپ حکیم", false],
  ])("%s ~ %s: %s", (a, b, same) => expect(nameOverlap(a, b) >= 0.5).toBe(same));

  it("stems plurals and ignores small words", () => expect([...nameTokens("پروژه‌های این منطقه")]).toEqual(["پروژه", "منطقه"]));
});
