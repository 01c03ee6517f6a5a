// Numbers that are part of a name, a date, a time or an id must never become figures:
// «میدان ۷۲ تن», «خیابان ۱۹ دی», «بلوار ۱۵ خرداد», «۱۴۰۴/۰۸/۱۸», «۲۲:۲۷», «انتهای پیام/456/».
import { AFTER, alternation } from "./patterns";

export const MONTHS = [
  "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
] as const;

const NAME_WORDS = [
  "میدان", "خیابان", "بلوار", "کوچه", "کوی", "بن‌بست", "شهدای", "شهید", "پلاک", "شماره", "کد", "بزرگراه",
  "اتوبان", "چهارراه", "سه‌راه", "منطقه", "ناحیه", "فاز", "خط", "جاده", "ساختمان", "طبقه", "واحد", "بند",
  "ماده", "تبصره", "اصل", "سال", "سالهای", "سال‌های", "ساعت", "مصوبه", "نامه", "تلفن", "تماس", "صندوق",
];

const SCALED = /هزار|میلیون|میلیارد/u;
const BEFORE_NAME = new RegExp(`(?:^|[^\\p{L}\\p{N}])${alternation(NAME_WORDS)} ?$`, "u");
const AFTER_MONTH = new RegExp(`^ ?,? ?${alternation(MONTHS)}${AFTER}`, "u");
const BEFORE_MONTH = new RegExp(`(?<![\\p{L}\\p{N}])${alternation(MONTHS)} ?,? ?$`, "u");
// Ids, times, phone numbers and slashed dates glue digits with these marks.
const GLUE_BEFORE = /[/:\-_#\\]$|\d[.,]$|\/ $/;
const GLUE_AFTER = /^[/:\-_\\]\d|^\/|^[.,]\d/;

/** True when the number at [start, end) is a street/square name, date, time, id or phone. */
export function isTrapNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  if (GLUE_BEFORE.test(before) || GLUE_AFTER.test(after)) return true;
  const literal = text.slice(start, end);
  const digits = /^\d+$/.test(literal) ? literal : "";
  // Names hold small numbers («منطقه ۳», «خیابان ۱۹ دی»), never scaled ones («منطقه هزار و ۵۳۰ میلیارد»).
  if (BEFORE_NAME.test(before) && !SCALED.test(literal)) return true;
  // A day before a month, a year after one: «۱۸ آبان, ۱۴۰۴».
  if (digits && Number(digits) <= 31 && AFTER_MONTH.test(after)) return true;
  if ((digits.length === 2 || digits.length === 4) && BEFORE_MONTH.test(before)) return true;
  // Phone numbers and long ids: many digits with a leading zero.
  return digits.length >= 7 && digits.startsWith("0");
}
