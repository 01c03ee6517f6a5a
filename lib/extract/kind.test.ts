import { describe, expect, it } from "vitest";
import { classifyKind, strongerKind } from "./kind";
import { normaliseString } from "./normalize";

function kindOf(sentence: string, amount: string, lead = ""): string {
  const text = normaliseString(sentence);
  const a = normaliseString(amount);
  const i = text.indexOf(a);
  return classifyKind(text, i, i + a.length, 0, text.length, { from: 0, to: text.length }, normaliseString(lead)).kind;
}

// One line per case: a sentence written the way outlets write, the amount in it, its kind.
describe("classifyKind", () => {
  it.each([
    ["بودجه عمرانی ۴۴۲ میلیارد ریال", "۴۴۲ میلیارد ریال", "budget"],
    ["با اعتبار ۲ میلیارد ریال", "۲ میلیارد ریال", "credit"],
    ["پارک محله بااعتباری بالغبر ۱۰ میلیارد ریال ساخته شد", "۱۰ میلیارد ریال", "credit"],
    ["۱۵۰ میلیارد تومان اعتبار مورد نیاز است", "۱۵۰ میلیارد تومان", "need"],
    ["این تقاطع به ۸۰۰ میلیارد ریال اعتبار نیاز دارد", "۸۰۰ میلیارد ریال", "need"],
    ["بودجه منطقه ۲۰۰ میلیارد تومان است، چراکه نیاز به زیرساخت داریم", "۲۰۰ میلیارد تومان", "budget"],
    ["به ارزش ۳ همت", "۳ همت", "credit"],
    ["ارزش ریالی این طرحها ۳۰ هزار میلیارد ریال", "۳۰ هزار میلیارد ریال", "credit"],
    ["با سرمایه‌گذاری ۲ همت", "۲ همت", "investment"],
    ["۸۵۰ میلیارد ریال هزینه شد", "۸۵۰ میلیارد ریال", "cost"],
    ["برآورد هزینه‌ای بالغ بر ۹ هزار میلیارد ریال", "۹ هزار میلیارد ریال", "cost"],
    ["هزینه بیش از ۲۰۰ میلیارد تومان اعتبار در بخش تملک صورت گرفت", "۲۰۰ میلیارد تومان", "cost"],
    ["مبلغ این قرارداد ۳۰۰ میلیارد تومان است", "۳۰۰ میلیارد تومان", "cost"],
    ["مبلغ ۵۰ میلیارد تومان به پیمانکار پرداخت شد", "۵۰ میلیارد تومان", "cost"],
    ["۲۰ میلیارد ریال هزینه از اعتبارات استانی برای این طرح اختصاص داده شد", "۲۰ میلیارد ریال", "credit"],
    ["۱۰ میلیارد تومان از بودجه منطقه به فضای سبز اختصاص یافت", "۱۰ میلیارد تومان", "budget"],
    ["۵۰ میلیارد تومان به تملکات اختصاص یافت", "۵۰ میلیارد تومان", "credit"],
    ["تحقق ۳۴۰ میلیارد تومان بودجه", "۳۴۰ میلیارد تومان", "revenue"],
    ["۹۰ میلیارد تومان به صورت نقدی محقق شد", "۹۰ میلیارد تومان", "revenue"],
    ["برای تحقق آن ۱۱ میلیارد تومان به تصویب رسید", "۱۱ میلیارد تومان", "credit"],
    ["اختصاص ۷۰۰ میلیارد تومان اوراق مشارکت به شهرداری", "۷۰۰ میلیارد تومان", "loan"],
    ["وام ۲۰۰ میلیون تومانی", "۲۰۰ میلیون تومان", "loan"],
    ["تسهیلات ۵۰۰ میلیون تومانی", "۵۰۰ میلیون تومان", "loan"],
    ["مبلغ ۵ میلیارد ریال", "۵ میلیارد ریال", "credit"],
  ])("%s → %s", (sentence, amount, kind) => expect(kindOf(sentence, amount)).toBe(kind));

  it.each([
    // income is revenue when realised, budget when forecast or in a budget bill
    ["درآمد شهرداری در چهار ماه ۲ هزار میلیارد تومان بوده است", "۲ هزار میلیارد تومان", "عملکرد چهار ماه بودجه", "revenue"],
    ["درآمد حاصل از عوارض ۱۰ هزار میلیارد ریال است", "۱۰ هزار میلیارد ریال", "تصویب لایحه بودجه ۱۴۰۱", "budget"],
    ["عوارض متمرکز در چهار ماه ۶۶۰ میلیارد تومان پیش بینی شد", "۶۶۰ میلیارد تومان", "", "budget"],
    ["درآمد ۱۸ همت", "۱۸ همت", "", "revenue"],
    ["بودجه درآمدی منطقه ۱۵۰ میلیارد تومان است", "۱۵۰ میلیارد تومان", "", "budget"],
  ])("%s (%s, lead «%s») → %s", (sentence, amount, lead, kind) => expect(kindOf(sentence, amount, lead)).toBe(kind));

  it("keeps a share of a total in the kind of its whole when nothing else is said", () => {
    const text = normaliseString("مبلغ این قرارداد ۵۰۰ میلیارد تومان بوده که ۱۰۰ میلیارد تومان آن را شهرداری می‌پردازد");
    const first = normaliseString("۵۰۰ میلیارد تومان");
    const second = normaliseString("۱۰۰ میلیارد تومان");
    const i = text.indexOf(first);
    const j = text.indexOf(second);
    const whole = classifyKind(text, i, i + first.length, 0, j);
    expect(whole).toEqual({ kind: "cost", sure: true });
    expect(classifyKind(text, j, j + second.length, i + first.length, text.length, { from: i + first.length, to: text.length }, "", whole)).toEqual({ kind: "cost", sure: false });
  });

  it("prefers a stated kind, then the more telling one, for a repeated figure", () => {
    expect(strongerKind({ kind: "credit", sure: true }, { kind: "budget", sure: true })).toEqual({ kind: "budget", sure: true });
    expect(strongerKind({ kind: "credit", sure: false }, { kind: "credit", sure: true })).toEqual({ kind: "credit", sure: true });
    expect(strongerKind({ kind: "need", sure: true }, { kind: "credit", sure: true }).kind).toBe("need");
  });
});
