// Money: a number expression followed by a currency («ریال», «تومان», «همت»), converted exactly
// to integer rials. Amounts without a currency word are never guessed («۴۴۲ میلیارد» alone).
import type { Qualifier } from "./types";
import { MICRO, scanNumbers, type NumberMatch } from "./numbers";
import { normaliseString } from "./normalize";
import { alternation } from "./patterns";
import { isTrapNumber } from "./traps";

const RIALS_PER_UNIT: ReadonlyMap<string, bigint> = new Map([
  ["ریال", 1n], ["تومان", 10n], ["همت", 10_000_000_000_000n],
]);
const UNIT_AT = /(ریال|تومان|همت)(?:ی)?(?![\p{L}\p{N}])/uy;

const QUALIFIERS: readonly [Qualifier, readonly string[]][] = [
  ["more_than", ["بیش از", "بیشتر از", "افزون بر", "بالغ بر", "متجاوز از", "حداقل", "بالای", "بیش‌از"]],
  ["about", ["حدود", "حدودا", "در حدود", "نزدیک به", "قریب به", "تقریبا", "حدودی"]],
  ["less_than", ["کمتر از", "زیر"]],
  ["up_to", ["تا", "حداکثر", "تا سقف", "سقف"]],
];
const QUALIFIER_BEFORE = QUALIFIERS.map(
  ([q, words]) => [q, new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation(words)}) ?$`, "u")] as const,
);

export interface RawAmount {
  start: number;
  end: number;
  numberStart: number;
  value_rial: number;
  unit_text: string;
  qualifier: Qualifier | null;
}

function qualifierBefore(text: string, pos: number): { q: Qualifier; start: number } | null {
  const before = text.slice(Math.max(0, pos - 16), pos);
  for (const [q, re] of QUALIFIER_BEFORE) {
    const m = re.exec(before);
    if (m?.[1]) return { q, start: pos - m[0].length + m[0].indexOf(m[1]) };
  }
  return null;
}

/** Exact rials of `micro` millionths of `unit`, or null when not a safe whole number. */
export function toRials(micro: bigint, unit: string): number | null {
  const perUnit = RIALS_PER_UNIT.get(unit);
  if (perUnit === undefined) return null;
  const scaled = micro * perUnit;
  if (scaled % MICRO !== 0n) return null;
  const rials = Number(scaled / MICRO);
  return Number.isSafeInteger(rials) && rials > 0 ? rials : null;
}

/** The amount whose number starts at `pos` (already a number start), or null. */
export function amountAt(text: string, num: NumberMatch): RawAmount | null {
  const unitPos = text[num.end] === " " ? num.end + 1 : num.end;
  UNIT_AT.lastIndex = unitPos;
  const u = UNIT_AT.exec(text);
  if (!u?.[1] || isTrapNumber(text, num.start, num.end)) return null;
  const value = toRials(num.micro, u[1]);
  if (value === null) return null;
  const unitStart = num.scaleStart ?? unitPos;
  const unit_text = `${text.slice(unitStart, num.end).trim()} ${u[1]}`.trim();
  const qual = qualifierBefore(text, num.start);
  return {
    start: qual?.start ?? num.start,
    end: unitPos + u[0].length,
    numberStart: num.start,
    value_rial: value,
    unit_text,
    qualifier: qual?.q ?? null,
  };
}

// A figure written without its currency («۶۰۰ میلیارد از این اوراق», «بااعتبار ۳۲ میلیارد») is
// money only when a money word is attached to it and the article has already named a currency;
// it takes the currency of the nearest amount before it. «۵۰۰ میلیون بابت ...» stays unread.
const MONEY_NOUNS = ["اعتبار", "اعتبارات", "بودجه", "هزینه", "درآمد", "درآمدها", "اوراق", "مبلغ", "تسهیلات", "وام", "سرمایه"];
const QUALIFIER_WORDS = QUALIFIERS.flatMap(([, words]) => words);
const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:با ?)?${alternation([...MONEY_NOUNS, "به ارزش"])}(?:ی)?(?: ${alternation(QUALIFIER_WORDS)})? ?$`, "u");
const CUE_AFTER = new RegExp(`^ ?(?:(?:(?:از )?(?:این|آن|همین) )?${alternation(MONEY_NOUNS)}|آن)(?![\\p{L}\\p{N}])`, "u");
const LARGE_SCALE = /میلیون|میلیارد/u;

function unitlessAt(text: string, num: NumberMatch, before: RawAmount | undefined): RawAmount | null {
  if (!before || num.scaleStart === null || !LARGE_SCALE.test(text.slice(num.scaleStart, num.end))) return null;
  const qual = qualifierBefore(text, num.start);
  const lead = text.slice(Math.max(0, (qual?.start ?? num.start) - 30), qual?.start ?? num.start);
  if (!CUE_BEFORE.test(lead) && !CUE_AFTER.test(text.slice(num.end, num.end + 24))) return null;
  if (isTrapNumber(text, num.start, num.end)) return null;
  const currency = before.unit_text.split(" ").pop() ?? "";
  const value = toRials(num.micro, currency);
  if (value === null) return null;
  return {
    start: qual?.start ?? num.start, end: num.end, numberStart: num.start, value_rial: value,
    unit_text: text.slice(num.scaleStart, num.end), qualifier: qual?.q ?? null,
  };
}

/** Every amount in canonical text, in order (`numbers` from scanNumbers, to share the scan). */
export function findRawAmounts(text: string, numbers: readonly NumberMatch[] = scanNumbers(text)): RawAmount[] {
  const out: RawAmount[] = [];
  let last: RawAmount | undefined;
  for (const num of numbers) {
    const amount = amountAt(text, num) ?? unitlessAt(text, num, last);
    if (!amount) continue;
    out.push(amount);
    if (isCurrencyWritten(amount.unit_text)) last = amount;
  }
  return out;
}

const CURRENCY = /(?:ریال|تومان|همت)$/u;

/** False for a figure whose currency was taken from an earlier amount, not written beside it. */
export function isCurrencyWritten(unitText: string): boolean {
  return CURRENCY.test(unitText);
}

/** One written amount («۲/۵ میلیارد تومان», «بیش از ۳۰ همت») read on its own, or null. */
export function parseAmount(input: string): RawAmount | null {
  const text = normaliseString(input);
  const found = findRawAmounts(text);
  return found.length === 1 ? (found[0] ?? null) : null;
}
