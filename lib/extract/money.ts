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

/** Every amount in canonical text, in order (`numbers` from scanNumbers, to share the scan). */
export function findRawAmounts(text: string, numbers: readonly NumberMatch[] = scanNumbers(text)): RawAmount[] {
  const out: RawAmount[] = [];
  for (const num of numbers) {
    const amount = amountAt(text, num);
    if (amount) out.push(amount);
  }
  return out;
}

/** One written amount («۲/۵ میلیارد تومان», «بیش از ۳۰ همت») read on its own, or null. */
export function parseAmount(input: string): RawAmount | null {
  const text = normaliseString(input);
  const found = findRawAmounts(text);
  return found.length === 1 ? (found[0] ?? null) : null;
}
