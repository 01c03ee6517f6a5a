// The Jalali year an amount is tied to, only when its own sentence says so («سال ۹۸»,
// «بودجه ۱۴۰۳», «در ۱۴۰۲»). Dates («۱۸ آبان ۱۴۰۴») and the publication date never count.
import { isTrapNumber } from "./traps";
import { atWordStart } from "./patterns";

const YEAR_RE = /(?:(سال(?: مالی)?|بودجه(?: سال)?) (\d{2}|\d{4})|(1[34]\d\d))(?![\p{N}/])/gu;

export interface YearHit {
  start: number;
  end: number;
  year: string;
}

function fullYear(digits: string): string | null {
  const n = Number(digits);
  if (digits.length === 4) return n >= 1300 && n <= 1499 ? digits : null;
  // Two digits: «سال ۹۸» is 1398, «سال ۰۲» is 1402; anything else is not a year.
  if (n >= 50) return String(1300 + n);
  return n <= 15 ? String(1400 + n) : null;
}

/** Year mentions in [from, to), skipping numbers inside `figures` (amounts and counts). */
export function findYears(text: string, from: number, to: number, figures: readonly { start: number; end: number }[]): YearHit[] {
  const out: YearHit[] = [];
  YEAR_RE.lastIndex = from;
  for (let m = YEAR_RE.exec(text); m && m.index < to; m = YEAR_RE.exec(text)) {
    if (!atWordStart(text, m.index)) {
      YEAR_RE.lastIndex = m.index + 1;
      continue;
    }
    const digits = m[2] ?? m[3] ?? "";
    const numStart = m.index + m[0].length - digits.length;
    const numEnd = m.index + m[0].length;
    if (figures.some((f) => numStart >= f.start && numStart < f.end)) continue;
    if (m[3] && isTrapNumber(text, numStart, numEnd)) continue;
    if (m[3] && /^ ?(?:هزار|میلیون|میلیارد|ریال|تومان|نفر|تن|متر|پروژه|واحد|درصد)/u.test(text.slice(numEnd, numEnd + 10))) continue;
    const year = fullYear(digits);
    if (year) out.push({ start: m.index, end: numEnd, year });
  }
  return out;
}

/** The year nearest to [start, end) within [from, to): the clause first, then the sentence when it names one year. */
export function yearFor(hitsInSentence: readonly YearHit[], start: number, end: number, from: number, to: number): string | null {
  const inClause = hitsInSentence.filter((h) => h.start >= from && h.end <= to);
  const pool = inClause.length ? inClause : new Set(hitsInSentence.map((h) => h.year)).size === 1 ? hitsInSentence : [];
  let best: YearHit | null = null;
  let bestD = Infinity;
  for (const h of pool) {
    const d = h.end <= start ? start - h.end : h.start - end;
    if (d >= 0 && d < bestD) [best, bestD] = [h, d];
  }
  return best?.year ?? null;
}

const PERIODS: readonly [string, RegExp][] = [
  ["this", /امسال|سال ?جاری/gu],
  ["next", /سال (?:آینده|بعد|آتی)/gu],
  ["last", /پارسال|سال (?:گذشته|قبل|پیش)/gu],
];

/**
 * The relative period a figure is stated for: the nearest «امسال», «سال آینده» or «سال گذشته»
 * before it in its sentence («امسال ۱۰۰ ... و سال آینده نیز ۲۰۰ ...»), or null.
 */
export function periodOf(text: string, pieceFrom: number, start: number): string | null {
  let best: string | null = null;
  let bestAt = -1;
  const before = text.slice(pieceFrom, start);
  for (const [period, re] of PERIODS) {
    for (const m of before.matchAll(re)) if (m.index > bestAt) [best, bestAt] = [period, m.index];
  }
  return best;
}
