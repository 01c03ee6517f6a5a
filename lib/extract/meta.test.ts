import { describe, expect, it } from "vitest";
import { extractMeta } from "./meta";

describe("extractMeta", () => {
  it("skips navigation and date lines, reads the headline, the dateline and the URL", () => {
    const text = "رفتن به محتوای اصلی\n۱۸ آبان, ۱۴۰۴ / ۲۲:۲۷\n\nتعامل شهرداری قم با شرکت برق\nبه گزارش شهرنیوز به نقل از ...\nhttps://www.qom.ir/FZtEui\n";
    expect(extractMeta(text)).toEqual({ title: "تعامل شهرداری قم با شرکت برق", outlet: "شهرنیوز", url: "https://www.qom.ir/FZtEui", published: "2025-11-09" });
  });

  it("leaves a lead sentence and a missing date as null", () => {
    const text = "رئیس سازمان گفت: احداث بازارچه به زودی انجام میشود.\nبه گزارش پایگاه خبری تحلیلی قم فوری، وی افزود.";
    expect(extractMeta(text)).toEqual({ title: null, outlet: "قم فوری", url: null, published: null });
  });

  it("reads labelled and slashed dates but not dates inside the body", () => {
    expect(extractMeta("عنوان خبر اینجاست\nتاریخ انتشار: ۱۴۰۴/۰۸/۱۸").published).toBe("2025-11-09");
    expect(extractMeta("عنوان خبر اینجاست\nاین طرح تا ۱۵ اسفند ۱۴۰۳ در شهر قم اجرا میشود و بودجه آن تامین شده است.").published).toBeNull();
  });
});
