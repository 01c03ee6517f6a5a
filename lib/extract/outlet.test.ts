import { describe, expect, it } from "vitest";
import { findOutlet } from "./outlet";
import { normaliseString } from "./normalize";

describe("findOutlet", () => {
  it.each([
    ["به گزارش خبرنگار مهر، سید محمد", "مهر"], ["به گزارش پایگاه خبری تحلیلی قم فوری، محمود", "قم فوری"],
    ["به گزارش خبرگزاری تسنیم از قم، نشست", "تسنیم"], ["به گزارش شهرنیوز به نقل از واحد خبر", "شهرنیوز"],
    ["در مجله خبری «کانون قم» است", "کانون قم"], ["به گزارش ایرنا، استاندار", "ایرنا"], ["به گزارش خبرنگار ایسنا، وی", "ایسنا"],
    ["استاندار قم گفت", null],
  ])("%s → %s", (text, outlet) => expect(findOutlet(normaliseString(text))).toBe(outlet));
});
