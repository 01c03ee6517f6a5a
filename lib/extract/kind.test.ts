import { describe, expect, it } from "vitest";
import { classifyKind } from "./kind";
import { normaliseString } from "./normalize";

function kindOf(sentence: string, amount: string): string {
  const text = normaliseString(sentence);
  const a = normaliseString(amount);
  const i = text.indexOf(a);
  return classifyKind(text, i, i + a.length, 0, text.length);
}

describe("classifyKind", () => {
  it.each([
    ["بودجه عمرانی ۴۴۲ میلیارد ریال", "۴۴۲ میلیارد ریال", "budget"],
    ["با اعتبار ۲ میلیارد ریال", "۲ میلیارد ریال", "credit"],
    ["۱۵۰ میلیارد تومان اعتبار مورد نیاز است", "۱۵۰ میلیارد تومان", "need"],
    ["به ارزش ۳ همت", "۳ همت", "credit"],
    ["ارزش ریالی این طرحها ۳۰ هزار میلیارد ریال", "۳۰ هزار میلیارد ریال", "credit"],
    ["با سرمایه‌گذاری ۲ همت", "۲ همت", "investment"],
    ["۸۵۰ میلیارد ریال هزینه شد", "۸۵۰ میلیارد ریال", "cost"],
    ["درآمد ۱۸ همت", "۱۸ همت", "revenue"],
    ["وام ۲۰۰ میلیون تومانی", "۲۰۰ میلیون تومان", "loan"],
    ["تسهیلات ۵۰۰ میلیون تومانی", "۵۰۰ میلیون تومان", "loan"],
    ["مبلغ ۵ میلیارد ریال", "۵ میلیارد ریال", "other"],
  ])("%s → %s", (sentence, amount, kind) => expect(kindOf(sentence, amount)).toBe(kind));
});
