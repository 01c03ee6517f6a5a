// The kind of an amount comes from the nearest telling word around it in its clause:
// «بودجه ...» budget, «با اعتبار ...» credit, «... اعتبار مورد نیاز» need, «تسهیلات ...» loan.
import type { AmountKind } from "./types";
import { atWordStart, phraseSource } from "./patterns";

const KIND_WORDS: readonly [AmountKind, readonly string[]][] = [
  ["need", ["اعتبار مورد نیاز", "مورد نیاز", "نیاز", "نیازمند", "کسری", "کمبود اعتبار"]],
  ["budget", ["بودجه"]],
  ["investment", ["سرمایه‌گذاری", "سرمایه‌گذار", "سرمایه گذاری", "سرمایه گذار"]],
  ["cost", ["هزینه", "صرف", "خرج", "هزینه‌کرد"]],
  ["revenue", ["درآمد", "وصول", "درآمدزایی"]],
  ["loan", ["وام", "تسهیلات", "قرض‌الحسنه"]],
  ["credit", ["اعتبار", "اعتبارات", "به ارزش", "ارزش ریالی", "ارزش", "تخصیص", "اختصاص", "مبلغ قرارداد"]],
];

const LOOKUP = new Map<string, AmountKind>();
for (const [kind, words] of KIND_WORDS) for (const w of words) LOOKUP.set(phraseSource(w), kind);
const SOURCES = [...LOOKUP.keys()].sort((a, b) => b.length - a.length);
const KIND_RE = new RegExp(`(?:${SOURCES.map((s) => `(${s})`).join("|")})`, "gu");
const KIND_BY_GROUP = SOURCES.map((s) => LOOKUP.get(s) ?? "other");

const REACH_BEFORE = 80;
const REACH_AFTER = 50;

/** Kind of the amount at [start, end), looking only inside its clause [from, to). */
export function classifyKind(text: string, start: number, end: number, from: number, to: number): AmountKind {
  const lo = Math.max(from, start - REACH_BEFORE);
  const hi = Math.min(to, end + REACH_AFTER);
  let best: AmountKind = "other";
  let bestD = Infinity;
  KIND_RE.lastIndex = lo;
  for (let m = KIND_RE.exec(text); m && m.index < hi; m = KIND_RE.exec(text)) {
    if (!atWordStart(text, m.index)) {
      KIND_RE.lastIndex = m.index + 1;
      continue;
    }
    const mEnd = m.index + m[0].length;
    if (m.index >= start && mEnd <= end) continue;
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const d = mEnd <= start ? start - mEnd : m.index - end + 0.5;
    if (d < bestD && group >= 0) [best, bestD] = [KIND_BY_GROUP[group] ?? "other", d];
  }
  return best;
}
